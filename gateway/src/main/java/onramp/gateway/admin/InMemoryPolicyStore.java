package onramp.gateway.admin;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/** Policy changes in one process, for tests and for running without a database. */
public final class InMemoryPolicyStore implements PolicyStore {
  private final Clock clock;
  private final Map<String, AllowlistOverride> overrides = new TreeMap<>();
  private final Map<UUID, ReviewedException> exceptions = new LinkedHashMap<>();

  private InMemoryPolicyStore(Clock clock) {
    this.clock = clock;
  }

  public static InMemoryPolicyStore create(Clock clock) {
    return new InMemoryPolicyStore(clock);
  }

  @Override
  public synchronized List<AllowlistOverride> allowlistOverrides() {
    return List.copyOf(overrides.values());
  }

  @Override
  public synchronized Optional<AllowlistOverride> setAllowed(
      String model, boolean allowed, String by) {
    return Optional.ofNullable(
        overrides.put(model, new AllowlistOverride(model, allowed, by, clock.instant())));
  }

  @Override
  public synchronized Optional<AllowlistOverride> clearAllowed(String model) {
    return Optional.ofNullable(overrides.remove(model));
  }

  @Override
  public ReviewedException grant(ExceptionDecision decision) {
    return add(decision, ExceptionStatus.GRANTED);
  }

  @Override
  public ReviewedException refuse(ExceptionDecision decision) {
    return add(decision, ExceptionStatus.REFUSED);
  }

  private synchronized ReviewedException add(ExceptionDecision decision, ExceptionStatus status) {
    ReviewedException e =
        new ReviewedException(
            UUID.randomUUID(), decision, status, clock.instant(), Optional.empty());
    exceptions.put(e.id(), e);
    return e;
  }

  @Override
  public synchronized Optional<ReviewedException> revoke(UUID id, String by) {
    return Optional.ofNullable(exceptions.get(id))
        .filter(e -> e.status() == ExceptionStatus.GRANTED)
        .map(
            e -> {
              ReviewedException revoked = e.revoked(new Revocation(by, clock.instant()));
              exceptions.put(id, revoked);
              return revoked;
            });
  }

  @Override
  public synchronized Optional<ReviewedException> exception(UUID id) {
    return Optional.ofNullable(exceptions.get(id));
  }

  @Override
  public synchronized List<ReviewedException> exceptions() {
    List<ReviewedException> out = new ArrayList<>(exceptions.values());
    // insertion order breaks ties between decisions made in the same instant: newest first
    java.util.Collections.reverse(out);
    out.sort(Comparator.comparing(ReviewedException::decidedAt).reversed());
    return out;
  }
}
