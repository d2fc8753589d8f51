package onramp.workspace;

import java.security.Principal;

/**
 * A signed-in employee, as the workspace needs them: every employee has a team (the budget and the
 * usage figures are per team).
 *
 * @param admin may read every team's usage, set retention and delete employees
 */
public record Employee(String username, String team, boolean admin) implements Principal {
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

  /** The username (so security frameworks name a token's caller as the session's). */
  @Override
  public String getName() {
    return username;
  }
}
