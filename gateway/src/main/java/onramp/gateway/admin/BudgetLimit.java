package onramp.gateway.admin;

import java.math.BigDecimal;
import java.util.Locale;
import onramp.gateway.budget.BudgetKey;

/**
 * A monthly limit someone sets on a budget, read from what they typed.
 *
 * @param limitUsd dollars a month
 */
public record BudgetLimit(BudgetKey key, BigDecimal limitUsd) {
  private static final String NAME = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";

  /**
   * @param scope {@code team}, {@code tool} or {@code key} (any case)
   * @param name the team's or tool's name, or the key's id
   * @param limitUsd dollars a month, e.g. {@code 200} or {@code 12.50}
   * @throws IllegalArgumentException naming what cannot be used
   */
  public static BudgetLimit parse(String scope, String name, String limitUsd) {
    BudgetKey.Scope s;
    try {
      s = BudgetKey.Scope.valueOf(scope.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("scope: '" + scope + "' is not one of team, tool, key", e);
    }
    String n = name.strip();
    if (s == BudgetKey.Scope.KEY) {
      try {
        n = java.util.UUID.fromString(n).toString();
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "name: a key's budget is named by the key's id (a UUID), not '" + name + "'", e);
      }
    } else if (!n.matches(NAME)) {
      throw new IllegalArgumentException(
          "name: a "
              + s.name().toLowerCase(Locale.ROOT)
              + " is a short name of letters, digits, '.', '_' or '-' (at most 64), not '"
              + name
              + "'");
    }
    return new BudgetLimit(new BudgetKey(s, n), Dollars.monthly("limit", limitUsd.strip()));
  }
}
