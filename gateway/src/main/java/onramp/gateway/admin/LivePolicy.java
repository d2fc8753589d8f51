package onramp.gateway.admin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import onramp.gateway.policy.ExceptionGrant;
import onramp.gateway.policy.ModelRoute;
import onramp.gateway.policy.Policy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The policy in force: {@code gateway.yaml}'s, with the allowlist switches and the exceptions
 * granted at run time applied. {@link #get()} is cheap (the gateway asks on every call): the
 * effective policy is cached and re-read from the {@link PolicyStore} once it is older than {@code
 * maxAge}, and at once after a change made through this instance; other instances sharing the store
 * see a change within {@code maxAge}.
 */
public final class LivePolicy implements Supplier<Policy> {
  private static final Logger log = LoggerFactory.getLogger(LivePolicy.class);

  private final Policy configured;
  private final PolicyStore store;
  private final Clock clock;
  private final Duration maxAge;
  private final ReentrantLock reading = new ReentrantLock();
  private volatile Snapshot current;

  /** The policy in force and the switches it was made with, as read at {@code readAt}. */
  private record Snapshot(Policy effective, List<AllowlistOverride> overrides, Instant readAt) {}

  private LivePolicy(Policy configured, PolicyStore store, Clock clock, Duration maxAge) {
    this.configured = configured;
    this.store = store;
    this.clock = clock;
    this.maxAge = maxAge;
    this.current = read();
  }

  /**
   * Reads the store once now.
   *
   * @param configured the policy of {@code gateway.yaml}
   * @param maxAge how stale the policy may get before it is read again, e.g. 5 seconds
   * @throws onramp.gateway.GatewayConfigException when the store cannot be read
   */
  public static LivePolicy of(Policy configured, PolicyStore store, Clock clock, Duration maxAge) {
    if (maxAge.isNegative()) {
      throw new IllegalArgumentException("the policy's refresh interval cannot be negative");
    }
    return new LivePolicy(configured, store, clock, maxAge);
  }

  /**
   * The policy in force. When it is due to be read again and the store fails, the last one read
   * stays in force (the failure is logged) and the store is tried again after {@code maxAge}: a
   * database outage must not reopen what ML review closed, nor close everything.
   */
  @Override
  public Policy get() {
    if (due(current) && reading.tryLock()) {
      try {
        if (due(current)) {
          current = readOrKeep(current);
        }
      } finally {
        reading.unlock();
      }
    }
    return current.effective();
  }

  /** Reads the store now. */
  public void refresh() {
    reading.lock();
    try {
      current = read();
    } finally {
      reading.unlock();
    }
  }

  /** Every configured model, by name, with whether it is allowed and why. */
  public List<AllowlistEntry> allowlist() {
    get(); // reads the store again when due
    Map<String, AllowlistOverride> byModel = byModel(current.overrides());
    return configured.routes().stream()
        .map(r -> new AllowlistEntry(r, Optional.ofNullable(byModel.get(r.model()))))
        .toList();
  }

  /** The exceptions {@code gateway.yaml} grants (changed only by editing it). */
  public List<ExceptionGrant> configuredExceptions() {
    return configured.exceptions();
  }

  /** The exceptions ML review recorded at run time, newest first. */
  public List<ReviewedException> reviewedExceptions() {
    return store.exceptions();
  }

  /**
   * Switches a configured model on or off the allowlist, in force at once.
   *
   * @return the switch it replaces
   * @throws IllegalArgumentException when the model is not configured
   */
  public Optional<AllowlistOverride> setAllowed(String model, boolean allowed, String by) {
    route(model);
    return changed(store.setAllowed(model, allowed, by));
  }

  /** Lets {@code gateway.yaml} decide again whether the model is allowed. */
  public Optional<AllowlistOverride> clearAllowed(String model) {
    route(model);
    return changed(store.clearAllowed(model));
  }

  /**
   * Grants an exception, in force at once.
   *
   * @throws IllegalArgumentException when the model is not configured or its vendor is another, or
   *     the decision has no expiry date or one already past
   */
  public ReviewedException grant(ExceptionDecision decision) {
    ModelRoute route = route(decision.model());
    if (!route.vendor().equals(decision.vendor())) {
      throw new IllegalArgumentException(
          "model "
              + route.model()
              + " is served by vendor "
              + route.vendor()
              + ", not "
              + decision.vendor()
              + "; an exception names the vendor that serves the model");
    }
    decision
        .expires()
        .filter(
            last -> last.isBefore(clock.instant().atZone(java.time.ZoneOffset.UTC).toLocalDate()))
        .ifPresent(
            last -> {
              throw new IllegalArgumentException(
                  "the expiry date " + last + " is already past; give a date from today on");
            });
    return changed(store.grant(decision));
  }

  /** Records a refused request; any model may be named, configured or not. */
  public ReviewedException refuse(ExceptionDecision decision) {
    return store.refuse(decision);
  }

  /**
   * Withdraws a granted exception, in force at once.
   *
   * @return empty when there is no granted exception with that id
   */
  public Optional<ReviewedException> revoke(UUID id, String by) {
    return changed(store.revoke(id, by));
  }

  /** The configured route of {@code model}, or an error naming the models there are. */
  public ModelRoute route(String model) {
    return configured
        .route(model)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "model '"
                        + model
                        + "' is not configured in the gateway; configured models: "
                        + configured.routes().stream().map(ModelRoute::model).toList()));
  }

  private <T> T changed(T result) {
    refresh();
    return result;
  }

  private boolean due(Snapshot s) {
    return !clock.instant().isBefore(s.readAt().plus(maxAge));
  }

  private Snapshot readOrKeep(Snapshot last) {
    try {
      return read();
    } catch (RuntimeException e) { // GatewayConfigException when the database is down
      log.warn(
          "Policy changes could not be read ({}); the policy read at {} stays in force, tried"
              + " again in {}",
          e.getMessage(),
          last.readAt(),
          maxAge);
      return new Snapshot(last.effective(), last.overrides(), clock.instant());
    }
  }

  private Snapshot read() {
    Instant now = clock.instant();
    List<AllowlistOverride> overrides = store.allowlistOverrides();
    Map<String, AllowlistOverride> byModel = byModel(overrides);
    List<ModelRoute> routes =
        configured.routes().stream()
            .map(
                r ->
                    Optional.ofNullable(byModel.get(r.model()))
                        .map(
                            o ->
                                new ModelRoute(
                                    r.model(), r.vendor(), r.vendorModelId(), o.allowed()))
                        .orElse(r))
            .toList();
    List<ExceptionGrant> grants =
        Stream.concat(
                configured.exceptions().stream(),
                store.exceptions().stream().flatMap(e -> e.grant().stream()))
            .toList();
    return new Snapshot(configured.with(routes, grants), overrides, now);
  }

  private static Map<String, AllowlistOverride> byModel(List<AllowlistOverride> overrides) {
    return overrides.stream()
        .collect(Collectors.toMap(AllowlistOverride::model, Function.identity(), (a, b) -> b));
  }
}
