package onramp.devtools.dx;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * One weekly figure per team, weeks counted from the rollout's start (week 0 is its first seven
 * days, week -1 the seven before), so that every wave starts at the beginning of a week.
 */
public record WeeklyPanel(
    String metric, LocalDate anchor, Map<String, Map<Integer, Double>> values) {

  public WeeklyPanel {
    Map<String, Map<Integer, Double>> copy = new TreeMap<>();
    values.forEach((team, weeks) -> copy.put(team, Map.copyOf(weeks)));
    values = java.util.Collections.unmodifiableMap(copy);
  }

  /** The week of {@code day}, counted from {@code anchor}. */
  public static int week(LocalDate anchor, LocalDate day) {
    return (int) Math.floorDiv(ChronoUnit.DAYS.between(anchor, day), 7);
  }

  /** Weekly median cycle time in hours, of the changes with a cycle time. */
  public static WeeklyPanel cycleTimeHours(
      LocalDate anchor, Map<String, List<MergedChange>> changes, LocalDate from, LocalDate to) {
    return of(
        "cycle time (hours, weekly median)",
        anchor,
        changes,
        from,
        to,
        week -> {
          List<Double> hours = new ArrayList<>();
          for (MergedChange c : week) {
            c.cycleTime().ifPresent(d -> hours.add(d.toMinutes() / 60.0));
          }
          return hours.isEmpty() ? Optional.empty() : Optional.of(median(hours));
        });
  }

  /**
   * Weekly rework in percent: of the lines merged that week, how many were changed again within 21
   * days. Changes whose 21 days are not over yet are left out.
   */
  public static WeeklyPanel reworkPercent(
      LocalDate anchor, Map<String, List<MergedChange>> changes, LocalDate from, LocalDate to) {
    return of(
        "rework (% of merged lines changed again within 21 days)",
        anchor,
        changes,
        from,
        to,
        week -> {
          long lines = 0;
          long again = 0;
          for (MergedChange c : week) {
            if (c.rework().isPresent()) {
              lines += c.linesAdded();
              again += c.rework().get();
            }
          }
          return lines == 0 ? Optional.empty() : Optional.of(100.0 * again / lines);
        });
  }

  /** Weekly reverts in percent of merged changes. */
  public static WeeklyPanel revertPercent(
      LocalDate anchor, Map<String, List<MergedChange>> changes, LocalDate from, LocalDate to) {
    return of(
        "reverts (% of merged changes)",
        anchor,
        changes,
        from,
        to,
        week ->
            week.isEmpty()
                ? Optional.empty()
                : Optional.of(
                    100.0 * week.stream().filter(MergedChange::revert).count() / week.size()));
  }

  private static WeeklyPanel of(
      String metric,
      LocalDate anchor,
      Map<String, List<MergedChange>> changes,
      LocalDate from,
      LocalDate to,
      Function<List<MergedChange>, Optional<Double>> figure) {
    Map<String, Map<Integer, Double>> values = new TreeMap<>();
    changes.forEach(
        (team, list) -> {
          Map<Integer, List<MergedChange>> byWeek = new TreeMap<>();
          for (MergedChange c : list) {
            LocalDate day = c.mergedAt().atZone(ZoneOffset.UTC).toLocalDate();
            if (!day.isBefore(from) && day.isBefore(to)) {
              byWeek.computeIfAbsent(week(anchor, day), w -> new ArrayList<>()).add(c);
            }
          }
          Map<Integer, Double> weeks = new TreeMap<>();
          byWeek.forEach((w, list2) -> figure.apply(list2).ifPresent(v -> weeks.put(w, v)));
          values.put(team, weeks);
        });
    return new WeeklyPanel(metric, anchor, values);
  }

  static double median(List<Double> xs) {
    List<Double> s = new ArrayList<>(xs);
    s.sort(Double::compare);
    int n = s.size();
    return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
  }
}
