package onramp.workspace;

/** A run that was recorded but did not get an answer (refused or failed); the run says which. */
public final class RunFailedException extends WorkspaceException {
  private static final long serialVersionUID = 1L;

  @SuppressWarnings("serial") // never serialised
  private final RunResult run;

  RunFailedException(Kind kind, String message, RunResult run, Throwable cause) {
    super(kind, message, cause);
    this.run = run;
  }

  public RunResult run() {
    return run;
  }
}
