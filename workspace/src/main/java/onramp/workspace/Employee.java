package onramp.workspace;

/**
 * A signed-in employee, as the workspace needs them: every employee has a team (the budget and the
 * usage figures are per team).
 *
 * @param admin may read every team's usage, set retention and delete employees
 */
public record Employee(String username, String team, boolean admin) {
  public Employee {
    if (username.isBlank()) {
      throw new IllegalArgumentException("an employee needs a username");
    }
    if (team.isBlank()) {
      throw new IllegalArgumentException(
          "employee "
              + username
              + " has no team; every employee needs one (IdP claim or local user)");
    }
  }
}
