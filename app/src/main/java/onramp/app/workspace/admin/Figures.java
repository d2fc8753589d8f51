package onramp.app.workspace.admin;

import java.util.Map;
import java.util.stream.Collectors;
import onramp.workspace.usage.UsageTotals;

/** The figures at the top of a usage page. */
record Figures(
    boolean empty,
    String runs,
    String people,
    String tokens,
    String tokenParts,
    String dollars,
    String exactDollars,
    String customerRuns,
    String masked) {

  static Figures of(UsageTotals t, Map<String, Long> masked) {
    return new Figures(
        t.runs() == 0,
        Numbers.count(t.runs()),
        Numbers.count(t.activeUsers()),
        Numbers.count(t.tokens()),
        "input "
            + Numbers.count(t.inputTokens())
            + " · output "
            + Numbers.count(t.outputTokens())
            + " · cache "
            + Numbers.count(t.cacheReadTokens() + t.cacheWriteTokens()),
        Numbers.dollars(t.costUsd()),
        Numbers.exactDollars(t.costUsd()),
        Numbers.count(t.customerRuns())
            + " customer · "
            + Numbers.count(t.restrictedRuns())
            + " restricted",
        masked.isEmpty()
            ? "nothing masked"
            : masked.entrySet().stream()
                    .map(e -> Numbers.count(e.getValue()) + " " + e.getKey())
                    .collect(Collectors.joining(" · "))
                + " masked");
  }
}
