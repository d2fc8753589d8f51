package onramp.workspace.usage;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What runs are grouped by: the person, their team at the time of the run, template or model. */
public enum Grouping {
  USER("r.username"),
  TEAM("r.team"),
  TEMPLATE("r.template_id"),
  MODEL("r.model");

  private final String column;

  Grouping(String column) {
    this.column = column;
  }

  String column() {
    return column;
  }

  /** The name in queries, CSV headers and JSON keys: {@code user}, {@code team}… */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Grouping parse(String text) {
    String wanted = text.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values())
        .filter(g -> g.label().equals(wanted))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "usage is grouped by="
                        + Arrays.stream(values())
                            .map(Grouping::label)
                            .collect(Collectors.joining("|"))
                        + ", not '"
                        + text.strip()
                        + "'"));
  }
}
