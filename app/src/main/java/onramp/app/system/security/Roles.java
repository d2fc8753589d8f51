package onramp.app.system.security;

/** The three roles. */
final class Roles {
  public static final String APPLICANT = "APPLICANT";
  public static final String REVIEWER = "REVIEWER";
  public static final String ADMIN = "ADMIN";

  private Roles() {}
}
