package onramp.gateway.admin;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import onramp.gateway.budget.BudgetKey;
import onramp.gateway.budget.BudgetState;
import onramp.gateway.budget.Budgets;
import onramp.gateway.keys.IssuedKey;
import onramp.gateway.keys.KeyGrant;
import onramp.gateway.keys.KeyStore;
import onramp.gateway.keys.VirtualKey;

/**
 * Issues, lists and revokes virtual keys; a key with its own budget gets its limit in the budgets
 * at issue. The command line and the admin page both go through here.
 */
public final class KeyAdmin {
  private final KeyStore keys;
  private final Budgets budgets;
  private final Clock clock;

  private KeyAdmin(KeyStore keys, Budgets budgets, Clock clock) {
    this.keys = keys;
    this.budgets = budgets;
    this.clock = clock;
  }

  public static KeyAdmin of(KeyStore keys, Budgets budgets, Clock clock) {
    return new KeyAdmin(keys, budgets, clock);
  }

  /** Today in UTC, the day keys expire by. */
  public LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
  }

  /**
   * Issues a key; its secret is in the result only. When the key's own budget cannot be set, the
   * key is revoked again before the failure is thrown: no key runs without the budget it was given.
   */
  public IssuedKey issue(KeyGrant grant) {
    IssuedKey issued = keys.issue(grant);
    try {
      grant.monthlyBudgetUsd().ifPresent(usd -> budgets.setLimit(budgetOf(issued.key().id()), usd));
    } catch (RuntimeException e) {
      keys.revoke(issued.key().id());
      throw e;
    }
    return issued;
  }

  /** Issues the key a person asked for; see {@link KeyGrantInput} for the checks. */
  public IssuedKey issue(KeyGrantInput input) {
    return issue(input.toGrant(today()));
  }

  /**
   * Every key, newest first, with its state today and its own budget's limit now (which the budgets
   * page may have changed since the key was issued).
   */
  public List<KeyListing> list() {
    Map<String, BudgetState> own =
        budgets.list().stream()
            .filter(b -> b.key().scope() == BudgetKey.Scope.KEY)
            .collect(Collectors.toMap(b -> b.key().name(), Function.identity()));
    LocalDate today = today();
    return keys.list().stream()
        .map(
            k ->
                new KeyListing(
                    k,
                    KeyState.of(k, today),
                    Optional.ofNullable(own.get(k.id().toString())).map(BudgetState::limit)))
        .toList();
  }

  public Optional<KeyListing> find(UUID id) {
    return list().stream().filter(k -> k.key().id().equals(id)).findFirst();
  }

  /**
   * Revokes a key from now on.
   *
   * @return false when there is no such key or it was already revoked
   */
  public boolean revoke(UUID id) {
    return keys.revoke(id);
  }

  /** The key's own budget. */
  public static BudgetKey budgetOf(UUID keyId) {
    return BudgetKey.key(keyId.toString());
  }

  /**
   * A key as listed.
   *
   * @param budgetLimit the limit of the key's own budget now, if it has one
   */
  public record KeyListing(VirtualKey key, KeyState state, Optional<BigDecimal> budgetLimit) {

    /**
     * The key as plain values (strings, numbers, lists) for JSON and the audit trail: never its
     * secret, which is not stored. Absent values are left out.
     */
    public Map<String, Object> facts() {
      KeyGrant g = key.grant();
      Map<String, Object> out = new java.util.LinkedHashMap<>();
      out.put("id", key.id().toString());
      out.put("hint", key.hint());
      out.put("team", g.team());
      out.put("tool", g.tool());
      g.user().ifPresent(u -> out.put("user", u));
      out.put("models", g.models().stream().sorted().toList());
      out.put("dataClass", g.maxDataClass().name());
      budgetLimit
          .or(g::monthlyBudgetUsd)
          .ifPresent(b -> out.put("monthlyBudgetUsd", Dollars.plain(b)));
      g.requestsPerMinute().ifPresent(r -> out.put("requestsPerMinute", r));
      g.expires().ifPresent(e -> out.put("expires", e.toString()));
      out.put("created", key.created().toString());
      key.revoked().ifPresent(r -> out.put("revoked", r.toString()));
      out.put("state", state.label());
      return out;
    }
  }
}
