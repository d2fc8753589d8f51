package onramp.app.cli;

import java.math.BigDecimal;
import java.util.List;
import onramp.gateway.keys.KeyGrant;

/** Keys in words and table cells, for the {@code keys} commands. */
final class KeyText {
  private KeyText() {}

  /** What a grant allows, in one line. */
  static String grant(KeyGrant g) {
    return "team "
        + g.team()
        + ", tool "
        + g.tool()
        + g.user().map(u -> ", user " + u).orElse("")
        + "; models: "
        + models(g)
        + "; data up to "
        + g.maxDataClass()
        + "; own budget: "
        + g.monthlyBudgetUsd().map(b -> "$" + dollars(b) + " a month").orElse("none")
        + "; rate: "
        + g.requestsPerMinute().map(r -> r + " requests a minute").orElse("no limit of its own")
        + "; expires: "
        + g.expires().map(d -> "after " + d).orElse("never");
  }

  static String models(KeyGrant g) {
    return g.models().isEmpty()
        ? "any the policy allows"
        : String.join(",", g.models().stream().sorted().toList());
  }

  static String dollars(BigDecimal usd) {
    return usd.stripTrailingZeros().toPlainString();
  }

  /** Rows as columns padded to their widest cell, two spaces apart. */
  static String table(List<List<String>> rows) {
    int columns = rows.getFirst().size();
    int[] width = new int[columns];
    for (List<String> row : rows) {
      for (int i = 0; i < columns; i++) {
        width[i] = Math.max(width[i], row.get(i).length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (List<String> row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < columns; i++) {
        line.append(
            i == columns - 1 ? row.get(i) : String.format("%-" + width[i] + "s  ", row.get(i)));
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
    return out.toString();
  }
}
