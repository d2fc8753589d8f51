package onramp.onboarding;

/** An application folder cannot be read at all; the other folders of a run still are. */
public final class FolderUnreadableException extends RuntimeException {
  public FolderUnreadableException(String message) {
    super(message);
  }
}
