package onramp.app.system;

/** The embedded PostgreSQL could not be started or prepared. */
final class EmbeddedDatabaseException extends AppException.Broken {
  private final String action;

  EmbeddedDatabaseException(String problem, String action, Throwable cause) {
    super(problem + ". " + action, cause);
    this.action = action;
  }

  /** What the person running Onramp should do about it. */
  public String action() {
    return action;
  }
}
