package onramp.gateway.keys;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import onramp.gateway.DataClass;

/**
 * What a virtual key allows.
 *
 * @param team the team charged, e.g. {@code support}
 * @param tool the tool that uses the key, e.g. {@code workspace}
 * @param user the person, for a personal key
 * @param models the model names it may call; empty: whatever the policy allows
 * @param maxDataClass the highest data class its requests may carry
 * @param monthlyBudgetUsd its own monthly limit, on top of the team's and the tool's
 * @param requestsPerMinute its rate limit
 * @param expires the last day it works (UTC)
 */
public record KeyGrant(
    String team,
    String tool,
    Optional<String> user,
    Set<String> models,
    DataClass maxDataClass,
    Optional<BigDecimal> monthlyBudgetUsd,
    Optional<Integer> requestsPerMinute,
    Optional<LocalDate> expires) {

  public KeyGrant {
    team = name("team", team);
    tool = name("tool", tool);
    user = user.map(String::strip).filter(u -> !u.isEmpty());
    models = Set.copyOf(models);
    monthlyBudgetUsd.ifPresent(
        b -> {
          if (b.signum() < 0) {
            throw new IllegalArgumentException("a key's monthly budget cannot be negative: " + b);
          }
        });
    requestsPerMinute.ifPresent(
        r -> {
          if (r <= 0) {
            throw new IllegalArgumentException("a key's rate limit must be positive: " + r);
          }
        });
  }

  /** A key for a team's tool, any allowed model, data up to INTERNAL, no own limits. */
  public static KeyGrant of(String team, String tool) {
    return new KeyGrant(
        team,
        tool,
        Optional.empty(),
        Set.of(),
        DataClass.INTERNAL,
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  /**
   * Whether a request for {@code model} may go out under this key (the policy decides the rest).
   */
  public boolean allowsModel(String model) {
    return models.isEmpty() || models.contains(model);
  }

  /** Whether data of class {@code dataClass} may be sent under this key. */
  public boolean allowsData(DataClass dataClass) {
    return dataClass.compareTo(maxDataClass) <= 0;
  }

  private static String name(String what, String value) {
    String v = value.strip();
    if (!v.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
      throw new IllegalArgumentException(
          "a key's "
              + what
              + " is a short name of letters, digits, '.', '_' or '-' (at most 64), not '"
              + value
              + "'");
    }
    return v;
  }
}
