package onramp.gateway.budget;

/** A budget: a team's or a tool's. */
public record BudgetKey(Scope scope, String name) {
  /** What a budget is for. */
  public enum Scope {
    TEAM,
    TOOL
  }

  public static BudgetKey team(String name) {
    return new BudgetKey(Scope.TEAM, name);
  }

  public static BudgetKey tool(String name) {
    return new BudgetKey(Scope.TOOL, name);
  }

  @Override
  public String toString() {
    return scope.name().toLowerCase(java.util.Locale.ROOT) + " " + name;
  }
}
