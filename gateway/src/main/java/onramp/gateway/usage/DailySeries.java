package onramp.gateway.usage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Usage per day for charts: every day of the period (days without calls count zero), one line per
 * value of one dimension, the most expensive line first.
 */
public record DailySeries(Dimension by, List<LocalDate> days, List<Line> lines) {

  public DailySeries {
    days = List.copyOf(days);
    lines = List.copyOf(lines);
  }

  /**
   * One value of the dimension, day by day.
   *
   * @param perDay one entry per day of the series, in order
   */
  public record Line(Optional<String> value, Optional<String> keyHint, List<UsageTotals> perDay) {
    public Line {
      perDay = List.copyOf(perDay);
    }

    public UsageTotals total() {
      return perDay.stream().reduce(UsageTotals.NONE, UsageTotals::plus);
    }
  }

  /** From a report per day grouped by exactly one dimension. */
  public static DailySeries of(UsageReport report) {
    UsageRequest request = report.request();
    if (request.per() != Granularity.DAY || request.by().size() != 1) {
      throw new IllegalArgumentException(
          "a daily series needs usage per day by one dimension; got per "
              + request.per().label()
              + " by "
              + request.by());
    }
    Dimension by = request.by().getFirst();
    List<LocalDate> days = request.period().days();
    Map<Optional<String>, UsageTotals[]> values = new LinkedHashMap<>();
    Map<Optional<String>, Optional<String>> hints = new LinkedHashMap<>();
    for (UsageRow row : report.rows()) {
      Optional<String> value = row.value(by);
      UsageTotals[] perDay =
          values.computeIfAbsent(
              value,
              v -> {
                UsageTotals[] zeros = new UsageTotals[days.size()];
                Arrays.fill(zeros, UsageTotals.NONE);
                return zeros;
              });
      perDay[days.indexOf(row.bucket())] = row.totals();
      hints.putIfAbsent(value, row.keyHint());
    }
    List<Line> lines = new ArrayList<>();
    values.forEach(
        (value, perDay) ->
            lines.add(
                new Line(value, hints.getOrDefault(value, Optional.empty()), List.of(perDay))));
    lines.sort(
        Comparator.comparing((Line l) -> l.total().costUsd())
            .reversed()
            .thenComparing(l -> l.value().orElse("")));
    return new DailySeries(by, days, lines);
  }

  /** All lines together, day by day. */
  public List<UsageTotals> totalsPerDay() {
    List<UsageTotals> out = new ArrayList<>();
    for (int i = 0; i < days.size(); i++) {
      UsageTotals sum = UsageTotals.NONE;
      for (Line line : lines) {
        sum = sum.plus(line.perDay().get(i));
      }
      out.add(sum);
    }
    return out;
  }
}
