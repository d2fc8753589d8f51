package onramp.gateway.admin;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import onramp.gateway.DataClass;
import onramp.gateway.keys.KeyGrant;

/**
 * A key request as a person types it (command-line options, form fields, JSON strings), checked
 * once for both the command line and the admin page. Each mistake is one sentence naming the field
 * and what to give instead.
 *
 * @param budgetUsd dollars a month, e.g. {@code 25} or {@code 12.50}
 * @param dataClass PUBLIC, INTERNAL, CUSTOMER or RESTRICTED (any case); default INTERNAL
 * @param models model names separated by commas; none: whatever the policy allows
 * @param expires the last day the key works, {@code YYYY-MM-DD}
 */
public record KeyGrantInput(
    String team,
    String tool,
    Optional<String> user,
    Optional<String> budgetUsd,
    Optional<String> dataClass,
    Optional<String> models,
    Optional<String> requestsPerMinute,
    Optional<String> expires) {

  /** A model name as gateway.yaml spells one. */
  private static final String MODEL_NAME = "[A-Za-z0-9][A-Za-z0-9._:/-]{0,99}";

  /**
   * The grant asked for.
   *
   * @param today the first day an expiry may be (UTC)
   * @throws IllegalArgumentException naming the first field that cannot be used
   */
  public KeyGrant toGrant(LocalDate today) {
    return new KeyGrant(
        team,
        tool,
        present(user),
        modelNames(),
        present(dataClass).map(KeyGrantInput::dataClass).orElse(DataClass.INTERNAL),
        present(budgetUsd).map(b -> Dollars.monthly("budget", b)),
        present(requestsPerMinute).map(KeyGrantInput::perMinute),
        present(expires).map(e -> date(e, today)));
  }

  private Set<String> modelNames() {
    Set<String> names = new LinkedHashSet<>();
    present(models).stream()
        .flatMap(m -> Arrays.stream(m.split(",")))
        .map(String::strip)
        .filter(m -> !m.isEmpty())
        .forEach(
            m -> {
              if (!m.matches(MODEL_NAME)) {
                throw new IllegalArgumentException(
                    "models: '"
                        + m
                        + "' is not a model name; give names such as claude-haiku-4-5,"
                        + " separated by commas");
              }
              names.add(m);
            });
    return names;
  }

  private static Optional<String> present(Optional<String> value) {
    return value.map(String::strip).filter(v -> !v.isEmpty());
  }

  private static DataClass dataClass(String value) {
    try {
      return DataClass.valueOf(value.toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "data class: '"
              + value
              + "' is not one of "
              + Arrays.toString(DataClass.values()).replaceAll("[\\[\\]]", ""),
          e);
    }
  }

  private static int perMinute(String value) {
    try {
      int rpm = Integer.parseInt(value);
      if (rpm > 0) {
        return rpm;
      }
    } catch (NumberFormatException e) {
      // said below
    }
    throw new IllegalArgumentException(
        "requests per minute: '" + value + "' is not a whole number above 0");
  }

  private static LocalDate date(String value, LocalDate today) {
    LocalDate date;
    try {
      date = LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "expires: '" + value + "' is not a date; give the last day the key works as YYYY-MM-DD",
          e);
    }
    if (date.isBefore(today)) {
      throw new IllegalArgumentException(
          "expires: " + date + " is already past; give a day from " + today + " on");
    }
    return date;
  }
}
