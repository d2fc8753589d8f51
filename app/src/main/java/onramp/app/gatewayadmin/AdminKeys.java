package onramp.app.gatewayadmin;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import onramp.app.system.AuditLog;
import onramp.app.system.config.GatewayModels;
import onramp.gateway.admin.BudgetLimit;
import onramp.gateway.admin.Dollars;
import onramp.gateway.admin.KeyAdmin;
import onramp.gateway.admin.KeyAdmin.KeyListing;
import onramp.gateway.admin.KeyState;
import onramp.gateway.admin.LivePolicy;
import onramp.gateway.budget.BudgetKey;
import onramp.gateway.budget.BudgetState;
import onramp.gateway.budget.Budgets;
import onramp.gateway.keys.IssuedKey;
import onramp.gateway.keys.KeyGrant;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/** Virtual keys and budgets, each change written to the audit trail (never a key's secret). */
@Service
class AdminKeys {
  static final String KEY_CREATED = "GATEWAY_KEY_CREATED";
  static final String KEY_REVOKED = "GATEWAY_KEY_REVOKED";
  static final String BUDGET_SET = "GATEWAY_BUDGET_SET";

  private final KeyAdmin keys;
  private final Budgets budgets;
  private final GatewayModels models;
  private final AuditLog audit;

  AdminKeys(KeyAdmin keys, Budgets budgets, GatewayModels models, AuditLog audit) {
    this.keys = keys;
    this.budgets = budgets;
    this.models = models;
    this.audit = audit;
  }

  /** A key just made, with its secret, shown once. */
  record Issued(KeyRow key, String secret) {
    @Override
    public String toString() {
      return "Issued[" + key.hint() + "…]";
    }
  }

  List<KeyRow> keys() {
    return keys.list().stream().map(KeyRow::of).toList();
  }

  Issued create(String actor, KeyForm form) {
    KeyGrant grant = refusedUnless(() -> form.input().toGrant(keys.today()));
    models.policy().ifPresent(p -> requireConfigured(p, grant.models()));
    IssuedKey issued = keys.issue(grant);
    KeyListing listing = new KeyListing(issued.key(), KeyState.ACTIVE, grant.monthlyBudgetUsd());
    audit.append(actor, KEY_CREATED, subject(issued.key().id()), listing.facts());
    return new Issued(KeyRow.of(listing), issued.secret());
  }

  KeyRow revoke(String actor, UUID id) {
    KeyListing before =
        keys.find(id).orElseThrow(() -> new AdminNotFoundException("There is no key " + id + "."));
    if (!keys.revoke(id)) {
      throw new AdminConflictException(
          "Key " + before.key().hint() + "… was already revoked; nothing changed.");
    }
    audit.append(
        actor,
        KEY_REVOKED,
        subject(id),
        Map.of("hint", before.key().hint(), "before", before.state().label(), "after", "revoked"));
    return KeyRow.of(keys.find(id).orElseThrow());
  }

  List<BudgetRow> budgets() {
    Map<String, KeyListing> byId =
        keys.list().stream()
            .collect(Collectors.toMap(k -> k.key().id().toString(), Function.identity()));
    return budgets.list().stream().map(s -> BudgetRow.of(s, keyLabel(s, byId))).toList();
  }

  BudgetRow setBudget(String actor, String scope, String name, String limitUsd) {
    BudgetLimit limit = refusedUnless(() -> BudgetLimit.parse(scope, name, limitUsd));
    BudgetKey key = limit.key();
    if (key.scope() == BudgetKey.Scope.KEY) {
      requireOwnBudget(UUID.fromString(key.name()));
    }
    Optional<BigDecimal> before = budgets.state(key).map(BudgetState::limit);
    budgets.setLimit(key, limit.limitUsd());
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("scope", key.scope().name().toLowerCase(java.util.Locale.ROOT));
    details.put("name", key.name());
    details.put("before", before.map(b -> (Object) Dollars.plain(b)).orElse("none"));
    details.put("after", limit.limitUsd());
    audit.append(actor, BUDGET_SET, "gateway-budget:" + key.scope() + ":" + key.name(), details);
    return budgets().stream()
        .filter(b -> b.scope().equals(details.get("scope")) && b.name().equals(key.name()))
        .findFirst()
        .orElseThrow();
  }

  /**
   * A key's budget is changed only for a key issued with one: the gateway holds a key's own budget
   * only when the key says it has one.
   */
  private void requireOwnBudget(UUID id) {
    KeyListing key =
        keys.find(id)
            .orElseThrow(
                () -> new AdminRefusedException("There is no key " + id + " to set a budget for."));
    if (key.key().grant().monthlyBudgetUsd().isEmpty()) {
      throw new AdminRefusedException(
          "Key "
              + key.key().hint()
              + "… was issued without a budget of its own, so the gateway holds only its team's"
              + " and tool's; set those, or issue a new key with a budget.");
    }
  }

  private static void requireConfigured(LivePolicy policy, Set<String> asked) {
    List<String> configured = policy.allowlist().stream().map(e -> e.model()).toList();
    asked.stream()
        .filter(m -> !configured.contains(m))
        .findFirst()
        .ifPresent(
            m -> {
              throw new AdminRefusedException(
                  "models: '"
                      + m
                      + "' is not configured in the gateway; configured: "
                      + configured);
            });
  }

  private static @Nullable String keyLabel(BudgetState s, Map<String, KeyListing> byId) {
    if (s.key().scope() != BudgetKey.Scope.KEY) {
      return null;
    }
    return Optional.ofNullable(byId.get(s.key().name()))
        .map(
            k ->
                k.key().hint()
                    + "… ("
                    + k.key().grant().team()
                    + "/"
                    + k.key().grant().tool()
                    + ", "
                    + k.state().label()
                    + ")")
        .orElse("a key that no longer exists");
  }

  private static String subject(UUID keyId) {
    return "gateway-key:" + keyId;
  }

  /** Runs a check of what a person typed; its sentence becomes the refusal. */
  static <T> T refusedUnless(java.util.function.Supplier<T> check) {
    try {
      return check.get();
    } catch (IllegalArgumentException e) {
      throw new AdminRefusedException(sentence(e.getMessage()));
    }
  }

  private static String sentence(@Nullable String message) {
    String m = message == null || message.isEmpty() ? "the request cannot be used" : message;
    return Character.toUpperCase(m.charAt(0)) + m.substring(1) + (m.endsWith(".") ? "" : ".");
  }
}
