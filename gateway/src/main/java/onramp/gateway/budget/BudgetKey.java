package onramp.gateway.budget;

/** A budget: a team's, a tool's or one virtual key's. */
public record BudgetKey(Scope scope, String name) {
  /** What a budget is for. */
  public enum Scope {
    TEAM,
    TOOL,
    KEY
  }

  /** Teams, then tools, then keys; by name within each. */
  public static final java.util.Comparator<BudgetKey> ORDER =
      java.util.Comparator.comparing(BudgetKey::scope).thenComparing(BudgetKey::name);

  public static BudgetKey team(String name) {
    return new BudgetKey(Scope.TEAM, name);
  }

  public static BudgetKey tool(String name) {
    return new BudgetKey(Scope.TOOL, name);
  }

  /** A virtual key's own budget, named by the key's id. */
  public static BudgetKey key(String keyId) {
    return new BudgetKey(Scope.KEY, keyId);
  }

  @Override
  public String toString() {
    return scope.name().toLowerCase(java.util.Locale.ROOT) + " " + name;
  }
}
