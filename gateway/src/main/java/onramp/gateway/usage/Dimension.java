package onramp.gateway.usage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** What usage can be grouped by: columns of the audit trail. */
public enum Dimension {
  /** The virtual key's id; none for calls made in process. */
  KEY("a.key_id"),
  TEAM("a.team"),
  TOOL("a.tool"),
  MODEL("a.model"),
  USER("a.user_id");

  private final String column;

  Dimension(String column) {
    this.column = column;
  }

  /** The name used in URLs, CSV headers and JSON keys: {@code key}, {@code team}, … */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  String column() {
    return column;
  }

  /** {@code team}, {@code TEAM}: the dimension; anything else says which names there are. */
  public static Dimension parse(String text) {
    String wanted = text.strip().toUpperCase(Locale.ROOT);
    return Arrays.stream(values())
        .filter(d -> d.name().equals(wanted))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "cannot group usage by '" + text.strip() + "'; use one or more of " + names()));
  }

  /** A comma-separated list such as {@code team,tool}: each named once, at least one. */
  public static List<Dimension> parseList(String text) {
    List<Dimension> out = new ArrayList<>();
    for (String part : text.split(",")) {
      if (part.isBlank()) {
        continue;
      }
      Dimension d = parse(part);
      if (out.contains(d)) {
        throw new IllegalArgumentException(
            "'" + d.label() + "' is named twice; name each of " + names() + " at most once");
      }
      out.add(d);
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException("name what to group usage by: one or more of " + names());
    }
    return List.copyOf(out);
  }

  private static String names() {
    return Arrays.stream(values()).map(Dimension::label).collect(Collectors.joining(", "));
  }
}
