package onramp.workspace.usage;

/** The workspace's tables could not be read or written: an operator checks the database. */
public final class UsageDatabaseException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UsageDatabaseException(String what, Exception cause) {
    super("could not " + what + ": " + cause.getMessage(), cause);
  }
}
