package onramp.devtools.dx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The estimator on teams' real git histories with a known effect planted: it finds a planted effect
 * within its interval, its interval covers zero when there is none, and it says it cannot decide
 * when there is too little data.
 */
class StaggeredEstimateTest {
  static final LocalDate START = LocalDate.of(2026, 1, 5);
  static final List<String> TEAMS =
      List.of("rides", "payments", "maps", "dispatch", "fleet", "pricing", "support", "growth");

  @TempDir Path dir;

  @Test
  void recoversAPlantedEffectOnCycleTimeWithinItsIntervalAndFindsNoneOnRework() throws Exception {
    ExperimentPlan plan = ExperimentPlan.assign(TEAMS, START, 4, 2, 5);
    Map<String, List<MergedChange>> changes = histories(plan, 8.0, 8, 16);

    Effect cycle =
        estimate(plan, WeeklyPanel.cycleTimeHours(START, changes, from(8), START.plusWeeks(8)));
    Effect rework =
        estimate(plan, WeeklyPanel.reworkPercent(START, changes, from(8), START.plusWeeks(8)));

    assertThat(cycle.verdict()).isEqualTo(Effect.Verdict.EFFECT);
    assertThat(cycle.low().orElseThrow()).isLessThanOrEqualTo(-8.0);
    assertThat(cycle.high().orElseThrow()).isGreaterThanOrEqualTo(-8.0).isLessThan(0);
    assertThat(cycle.explanation()).startsWith("Lower by");
    assertThat(cycle.treatedTeams()).isEqualTo(6); // the last wave only serves as a comparison
    assertThat(rework.verdict()).isEqualTo(Effect.Verdict.CANNOT_DECIDE_INTERVAL_INCLUDES_ZERO);
    assertThat(rework.low().orElseThrow()).isLessThanOrEqualTo(0);
    assertThat(rework.high().orElseThrow()).isGreaterThanOrEqualTo(0);
  }

  @Test
  void intervalCoversZeroWhenNothingWasPlanted() throws Exception {
    ExperimentPlan plan = ExperimentPlan.assign(TEAMS, START, 4, 2, 11);
    Map<String, List<MergedChange>> changes = histories(plan, 0.0, 8, 16);

    Effect cycle =
        estimate(plan, WeeklyPanel.cycleTimeHours(START, changes, from(8), START.plusWeeks(8)));
    java.nio.file.Files.writeString(
        Path.of("/tmp/dx-debug.txt"),
        cycle
            + "\n"
            + WeeklyPanel.cycleTimeHours(START, changes, from(8), START.plusWeeks(8))
            + "\n"
            + plan);

    assertThat(cycle.verdict()).isEqualTo(Effect.Verdict.CANNOT_DECIDE_INTERVAL_INCLUDES_ZERO);
    assertThat(cycle.low().orElseThrow()).isLessThanOrEqualTo(0);
    assertThat(cycle.high().orElseThrow()).isGreaterThanOrEqualTo(0);
    assertThat(cycle.explanation()).startsWith("Cannot decide yet: the 95% interval");
  }

  @Test
  void saysItCannotDecideWithTooFewTeams() throws Exception {
    ExperimentPlan plan = ExperimentPlan.assign(List.of("rides", "maps", "fleet"), START, 3, 2, 3);
    Map<String, List<MergedChange>> changes = histories(plan, 8.0, 4, 10);

    Effect cycle =
        estimate(plan, WeeklyPanel.cycleTimeHours(START, changes, from(4), START.plusWeeks(6)));

    assertThat(cycle.verdict()).isEqualTo(Effect.Verdict.CANNOT_DECIDE_TOO_LITTLE_DATA);
    assertThat(cycle.estimate()).isEmpty();
    assertThat(cycle.explanation()).startsWith("Cannot decide yet: too little data.");
  }

  @Test
  void theSamePlanComesFromTheSameSeedWhateverTheOrderTyped() {
    ExperimentPlan a = ExperimentPlan.assign(TEAMS, START, 4, 2, 42);
    ExperimentPlan b = ExperimentPlan.assign(TEAMS.reversed(), START, 4, 2, 42);
    ExperimentPlan c = ExperimentPlan.assign(TEAMS, START, 4, 2, 43);

    assertThat(a).isEqualTo(b);
    assertThat(c.assignments()).isNotEqualTo(a.assignments());
    assertThat(a.assignments())
        .extracting(ExperimentPlan.Assignment::wave)
        .containsOnly(0, 1, 2, 3);
    assertThat(a.team(a.teams().get(7)).orElseThrow().starts()).isEqualTo(START.plusWeeks(6));
  }

  private static LocalDate from(int weeksBefore) {
    return START.minusWeeks(weeksBefore);
  }

  private static Effect estimate(ExperimentPlan plan, WeeklyPanel panel) {
    Map<String, Integer> startWeek = new HashMap<>();
    plan.assignments().forEach(a -> startWeek.put(a.team(), WeeklyPanel.week(START, a.starts())));
    return StaggeredEstimate.estimate(panel, startWeek, 2026);
  }

  private Map<String, List<MergedChange>> histories(
      ExperimentPlan plan, double effect, int weeksBefore, int weeks) throws Exception {
    Random teamBaseline = new Random(plan.seed());
    Map<String, List<MergedChange>> changes = new HashMap<>();
    int i = 0;
    for (ExperimentPlan.Assignment a : plan.assignments()) {
      Path repo =
          SyntheticTeamRepo.create(
              dir.resolve(a.team()),
              new SyntheticTeamRepo.Spec(
                  START.minusWeeks(weeksBefore).atStartOfDay().toInstant(ZoneOffset.UTC),
                  weeks,
                  4,
                  18 + teamBaseline.nextInt(12),
                  a.starts().atStartOfDay().toInstant(ZoneOffset.UTC),
                  effect,
                  0.3,
                  plan.seed() * 1000 + i++));
      changes.put(a.team(), DeliveryHistory.read(repo, "main"));
    }
    return changes;
  }
}
