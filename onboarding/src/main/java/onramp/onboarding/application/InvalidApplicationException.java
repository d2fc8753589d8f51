package onramp.onboarding.application;

import java.util.List;
import onramp.onboarding.decision.OnboardingException;
import onramp.onboarding.decision.ReasonCode;

/** {@code application.json} is missing, not JSON, or lacks required keys; lists every problem. */
public final class InvalidApplicationException extends OnboardingException {
  private final List<String> problems;

  public InvalidApplicationException(List<String> problems) {
    super("application.json: " + String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }

  /** The same signup data fails the same way until the applicant corrects it. */
  @Override
  public boolean retryable() {
    return false;
  }

  @Override
  public Fault fault() {
    return Fault.CALLER;
  }

  @Override
  public String code() {
    return ReasonCode.APPLICATION_INVALID.name();
  }
}
