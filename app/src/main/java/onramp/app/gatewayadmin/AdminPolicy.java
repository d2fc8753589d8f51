package onramp.app.gatewayadmin;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import onramp.app.system.AuditLog;
import onramp.app.system.config.GatewayModels;
import onramp.gateway.Vendor;
import onramp.gateway.admin.AllowlistOverride;
import onramp.gateway.admin.ExceptionDecision;
import onramp.gateway.admin.ExceptionStatus;
import onramp.gateway.admin.LivePolicy;
import onramp.gateway.admin.PolicyStore;
import onramp.gateway.admin.ReviewedException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The model allowlist and the exceptions ML review decides, each change in force at once in this
 * process (other instances within their refresh interval) and written to the audit trail.
 */
@Service
public class AdminPolicy {
  static final String MODEL_SWITCHED = "GATEWAY_MODEL_ALLOWLIST";
  static final String EXCEPTION_PREFIX = "GATEWAY_EXCEPTION_";

  private final GatewayModels models;
  private final PolicyStore store;
  private final AuditLog audit;
  private final Clock clock;

  AdminPolicy(GatewayModels models, PolicyStore store, AuditLog audit, Clock clock) {
    this.models = models;
    this.store = store;
    this.audit = audit;
    this.clock = clock;
  }

  /** Why there are no models, when no gateway is configured; empty when there are. */
  Optional<String> unavailable() {
    return models.policy().isPresent() ? Optional.empty() : Optional.of(models.unavailable());
  }

  List<ModelRow> models() {
    return models.policy().stream().flatMap(p -> p.allowlist().stream()).map(ModelRow::of).toList();
  }

  /**
   * Switches a model on or off the allowlist, or (with {@code allowed} empty) lets {@code
   * gateway.yaml} decide again.
   */
  ModelRow setAllowed(String actor, String model, Optional<Boolean> allowed) {
    LivePolicy policy = live();
    ModelRow before = row(policy, model);
    Optional<AllowlistOverride> replaced =
        AdminKeys.refusedUnless(
            () ->
                allowed
                    .map(a -> policy.setAllowed(model, a, actor))
                    .orElseGet(() -> policy.clearAllowed(model)));
    ModelRow after = row(policy, model);
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("before", state(before));
    details.put("after", state(after));
    replaced.ifPresent(r -> details.put("replacedSwitchBy", r.changedBy()));
    audit.append(actor, MODEL_SWITCHED, "gateway-model:" + model, details);
    return after;
  }

  /** Exceptions recorded by ML review (newest first), then those of {@code gateway.yaml}. */
  List<ExceptionRow> exceptions() {
    LocalDate today = today();
    List<ExceptionRow> reviewed =
        store.exceptions().stream().map(e -> ExceptionRow.of(e, today)).toList();
    List<ExceptionRow> configured =
        models.policy().stream()
            .flatMap(p -> p.configuredExceptions().stream())
            .map(g -> ExceptionRow.configured(g, today))
            .toList();
    return Stream.concat(reviewed.stream(), configured.stream()).toList();
  }

  /** Records a grant (in force at once) or a refusal. */
  public ExceptionRow decide(String actor, ExceptionForm form) {
    ExceptionStatus status = status(form.status());
    ReviewedException recorded =
        switch (status) {
          case GRANTED -> {
            LivePolicy policy = live();
            ExceptionDecision d =
                AdminKeys.refusedUnless(() -> decision(form, actor, Optional.of(policy)));
            yield AdminKeys.refusedUnless(() -> policy.grant(d));
          }
          case REFUSED ->
              store.refuse(AdminKeys.refusedUnless(() -> decision(form, actor, models.policy())));
          case REVOKED ->
              throw new AdminRefusedException(
                  "Record a decision as GRANTED or REFUSED; revoke a granted one with its Revoke"
                      + " button (POST .../exceptions/{id}/revoke).");
        };
    audit.append(
        actor,
        EXCEPTION_PREFIX + status.name(),
        subject(recorded.id()),
        facts(recorded, Optional.empty()));
    return ExceptionRow.of(recorded, today());
  }

  ExceptionRow revoke(String actor, UUID id) {
    ReviewedException before =
        store
            .exception(id)
            .orElseThrow(() -> new AdminNotFoundException("There is no exception " + id + "."));
    Optional<ReviewedException> revoked =
        models.policy().isPresent()
            ? models.policy().get().revoke(id, actor)
            : store.revoke(id, actor);
    ReviewedException after =
        revoked.orElseThrow(
            () ->
                new AdminConflictException(
                    "Exception "
                        + before.decision().ticket()
                        + " is "
                        + before.status().name().toLowerCase(Locale.ROOT)
                        + ", not granted; nothing to revoke."));
    audit.append(
        actor,
        EXCEPTION_PREFIX + ExceptionStatus.REVOKED.name(),
        subject(id),
        facts(after, Optional.of(before.status())));
    return ExceptionRow.of(after, today());
  }

  private LivePolicy live() {
    return models.policy().orElseThrow(() -> new AdminRefusedException(models.unavailable()));
  }

  private static ModelRow row(LivePolicy policy, String model) {
    return policy.allowlist().stream()
        .filter(e -> e.model().equals(model))
        .findFirst()
        .map(ModelRow::of)
        .orElseThrow(
            () ->
                new AdminNotFoundException(
                    "Model '"
                        + model
                        + "' is not configured in the gateway; configured: "
                        + policy.allowlist().stream().map(e -> e.model()).toList()
                        + "."));
  }

  private static Map<String, Object> state(ModelRow m) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("allowed", m.allowed());
    s.put("source", m.switched() ? "switch by " + m.switchedBy() : "gateway.yaml");
    return s;
  }

  private ExceptionDecision decision(
      ExceptionForm form, String actor, Optional<LivePolicy> policy) {
    String model = text(form.model());
    String vendor =
        Optional.ofNullable(form.vendor())
            .map(String::strip)
            .filter(v -> !v.isEmpty())
            .or(
                () ->
                    policy.flatMap(
                        p ->
                            p.allowlist().stream()
                                .filter(e -> e.model().equals(model))
                                .findFirst()
                                .map(e -> e.configured().vendor().id())))
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "vendor: name the vendor that would serve " + model));
    String approver = Optional.ofNullable(form.approver()).filter(a -> !a.isBlank()).orElse(actor);
    return new ExceptionDecision(
        Vendor.of(vendor),
        model,
        text(form.purpose()),
        approver,
        text(form.ticket()),
        Optional.ofNullable(form.expires())
            .map(String::strip)
            .filter(e -> !e.isEmpty())
            .map(AdminPolicy::date),
        Optional.ofNullable(form.note()));
  }

  private static ExceptionStatus status(@Nullable String status) {
    try {
      return ExceptionStatus.valueOf(text(status).toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new AdminRefusedException("Status: '" + status + "' is not GRANTED or REFUSED.");
    }
  }

  private static LocalDate date(String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "expires: '" + value + "' is not a date; give the last day as YYYY-MM-DD", e);
    }
  }

  private static String text(@Nullable String value) {
    return value == null ? "" : value;
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
  }

  private static String subject(UUID id) {
    return "gateway-exception:" + id;
  }

  private static Map<String, Object> facts(ReviewedException e, Optional<ExceptionStatus> before) {
    ExceptionDecision d = e.decision();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("vendor", d.vendor().id());
    out.put("model", d.model());
    out.put("purpose", d.purpose());
    out.put("approver", d.approver());
    out.put("ticket", d.ticket());
    d.expires().ifPresent(x -> out.put("expires", x.toString()));
    out.put("before", before.map(Enum::name).orElse("none"));
    out.put("after", e.status().name());
    return out;
  }
}
