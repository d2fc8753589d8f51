package onramp.app.apply;

import java.util.List;
import onramp.app.system.AppException;

/** The sign-up form lacks or mistypes fields; {@link #problems()} lists every one. */
final class SignUpRejectedException extends AppException.Refused {
  private final List<String> problems;

  public SignUpRejectedException(List<String> problems) {
    super("The sign-up form needs correcting: " + problems.size() + " problem(s)");
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
