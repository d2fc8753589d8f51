package onramp.app.system.security;

/**
 * The roles. ML_REVIEW decides model exceptions and runs the gateway's keys and budgets; EMPLOYEE
 * uses the workspace (as every signed-in person may).
 */
public final class Roles {
  public static final String APPLICANT = "APPLICANT";
  public static final String REVIEWER = "REVIEWER";
  public static final String ADMIN = "ADMIN";
  public static final String ML_REVIEW = "ML_REVIEW";

  /** Uses the workspace only (every signed-in person may). */
  public static final String EMPLOYEE = "EMPLOYEE";

  /** Reads the monthly report and the leadership pages (the executive meeting). */
  public static final String EXEC = "EXEC";

  private Roles() {}
}
