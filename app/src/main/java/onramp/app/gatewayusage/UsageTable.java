package onramp.app.gatewayusage;

import java.util.List;
import onramp.gateway.usage.UsageTotals;

/**
 * A table of the page: what its rows are named by (one column per name) and their figures.
 *
 * @param id the table's HTML id
 * @param nameColumns the headers of the name columns, e.g. Key, Team, Tool
 */
record UsageTable(String id, String caption, List<String> nameColumns, List<Row> rows) {
  UsageTable {
    nameColumns = List.copyOf(nameColumns);
    rows = List.copyOf(rows);
  }

  /** One row: its names and its figures, written for reading. */
  record Row(
      List<String> names,
      String calls,
      String ok,
      String refused,
      String failed,
      String input,
      String output,
      String cacheRead,
      String cacheWrite,
      String dollars,
      String exactDollars) {

    static Row of(List<String> names, UsageTotals t) {
      return new Row(
          List.copyOf(names),
          Figures.count(t.calls()),
          Figures.count(t.ok()),
          Figures.count(t.refused()),
          Figures.count(t.failed()),
          Figures.count(t.tokens().input()),
          Figures.count(t.tokens().output()),
          Figures.count(t.tokens().cacheRead()),
          Figures.count(t.tokens().cacheWrite5m() + t.tokens().cacheWrite1h()),
          Figures.dollars(t.costUsd()),
          Figures.exactDollars(t.costUsd()));
    }
  }
}
