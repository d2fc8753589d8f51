package onramp.onboarding;

import onramp.onboarding.decision.OnboardingException;

/** An application folder cannot be read at all; the other folders of a run still are. */
public final class FolderUnreadableException extends OnboardingException {
  public FolderUnreadableException(String message) {
    super(message);
  }

  /** The folder stays unreadable until someone fixes the path or its permissions. */
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
    return "FOLDER_UNREADABLE";
  }
}
