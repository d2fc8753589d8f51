package onramp.devtools.report;

/**
 * The review's exit code, decided here and nowhere else: scripts and CI read it.
 *
 * <ul>
 *   <li>{@code 0}: the review ran and found nothing blocking;
 *   <li>{@code 1}: the review ran and found at least one BLOCKER finding;
 *   <li>{@code 2}: the review could not run (a message on stderr says why and what to do).
 * </ul>
 */
public final class ExitCode {
  public static final int CLEAN = 0;
  public static final int BLOCKING = 1;
  public static final int COULD_NOT_RUN = 2;

  private ExitCode() {}

  /** {@link #BLOCKING} when the report has a BLOCKER finding, else {@link #CLEAN}. */
  public static int of(ReviewReport report) {
    return report.blocking() ? BLOCKING : CLEAN;
  }
}
