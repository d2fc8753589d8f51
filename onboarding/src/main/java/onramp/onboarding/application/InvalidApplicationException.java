package onramp.onboarding.application;

import java.util.List;

/** {@code application.json} is missing, not JSON, or lacks required keys; lists every problem. */
public final class InvalidApplicationException extends RuntimeException {
  private final List<String> problems;

  public InvalidApplicationException(List<String> problems) {
    super("application.json: " + String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
