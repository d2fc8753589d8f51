package onramp.onboarding.decision;

import java.util.Objects;

/**
 * Everything the onboarding module throws. Tells the caller what it can do: {@link #retryable()}
 * says whether the same call may succeed later; {@link #fault()} says whose problem it is; {@link
 * #code()} is stable for logs and for mapping to a response. Messages say what to fix and never
 * contain personal data.
 *
 * <p>Not sealed: outside a named module Java seals only within one package, and each exception
 * stays beside the code that throws it. The architecture test checks that every exception the
 * module defines extends this one.
 */
public abstract class OnboardingException extends RuntimeException {

  /** Whose problem a failure is. */
  public enum Fault {
    /** What was passed in must change: a folder, an application, a document. */
    CALLER,
    /** Onboarding's own configuration or infrastructure. */
    ONBOARDING
  }

  protected OnboardingException(String message) {
    super(message);
  }

  protected OnboardingException(String message, Throwable cause) {
    super(message, cause);
  }

  /** Never null: every onboarding exception is built with a message. */
  @Override
  public String getMessage() {
    return Objects.requireNonNull(super.getMessage());
  }

  public abstract boolean retryable();

  public abstract Fault fault();

  /** A stable code, e.g. {@code FOLDER_UNREADABLE}. */
  public abstract String code();
}
