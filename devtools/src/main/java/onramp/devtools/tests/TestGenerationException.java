package onramp.devtools.tests;

/**
 * Test generation cannot run on this repository (a tool missing, a time limit, an unreadable file);
 * the message says which and what to do. A rejected proposal is not an exception: it is a verdict
 * in the report.
 */
public final class TestGenerationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public TestGenerationException(String message) {
    super(message);
  }
}
