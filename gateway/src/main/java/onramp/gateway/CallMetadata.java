package onramp.gateway;

import java.util.Optional;

/**
 * Who makes a call and why: every call is attributed, budgeted and audited by these fields.
 *
 * @param team the team paying for the call (budget scope)
 * @param tool the tool or product making it (budget scope), e.g. {@code licence-reader}
 * @param user the person or service account on whose behalf the call is made
 * @param dataClass the most sensitive class of data in the request
 * @param purpose why the model is called; exceptions are granted per purpose
 * @param key the virtual key the call came in with, when it came through the gateway service
 */
public record CallMetadata(
    String team,
    String tool,
    String user,
    DataClass dataClass,
    String purpose,
    Optional<KeyRef> key) {
  public CallMetadata {
    requireText(team, "team");
    requireText(tool, "tool");
    requireText(user, "user");
    requireText(purpose, "purpose");
  }

  /** A call made in process, without a virtual key. */
  public static CallMetadata of(
      String team, String tool, String user, DataClass dataClass, String purpose) {
    return new CallMetadata(team, tool, user, dataClass, purpose, Optional.empty());
  }

  /** The same call, made with a virtual key. */
  public CallMetadata withKey(KeyRef ref) {
    return new CallMetadata(team, tool, user, dataClass, purpose, Optional.of(ref));
  }

  /** The same call with another data class. */
  public CallMetadata withDataClass(DataClass newClass) {
    return new CallMetadata(team, tool, user, newClass, purpose, key);
  }

  /**
   * A virtual key, as far as budgets and audit need it.
   *
   * @param id the key's id (never its secret)
   * @param ownBudget whether the key has its own monthly budget, held on top of team and tool
   */
  public record KeyRef(String id, boolean ownBudget) {}

  private static void requireText(String value, String name) {
    if (value.isBlank()) {
      throw new IllegalArgumentException(
          "CallMetadata." + name + " is blank; every call must say its " + name + " for audit");
    }
  }
}
