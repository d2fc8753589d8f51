package onramp.gateway;

/**
 * Who makes a call and why: every call is attributed, budgeted and audited by these fields.
 *
 * @param team the team paying for the call (budget scope)
 * @param tool the tool or product making it (budget scope), e.g. {@code licence-reader}
 * @param user the person or service account on whose behalf the call is made
 * @param dataClass the most sensitive class of data in the request
 * @param purpose why the model is called; exceptions are granted per purpose
 */
public record CallMetadata(
    String team, String tool, String user, DataClass dataClass, String purpose) {
  public CallMetadata {
    requireText(team, "team");
    requireText(tool, "tool");
    requireText(user, "user");
    requireText(purpose, "purpose");
  }

  public static CallMetadata of(
      String team, String tool, String user, DataClass dataClass, String purpose) {
    return new CallMetadata(team, tool, user, dataClass, purpose);
  }

  private static void requireText(String value, String name) {
    if (value.isBlank()) {
      throw new IllegalArgumentException(
          "CallMetadata." + name + " is blank; every call must say its " + name + " for audit");
    }
  }
}
