package onramp.devtools.dx;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * A staggered rollout: teams assigned at random, with a recorded seed, to waves that start {@code
 * waveWeeks} weeks apart from {@code start}. Until its wave starts a team is a comparison for the
 * teams already using the assistant; the last wave serves only as a comparison.
 */
public record ExperimentPlan(
    LocalDate start, int waves, int waveWeeks, long seed, List<Assignment> assignments) {

  /** One team's wave (0 is the first) and the day it starts using the assistant. */
  public record Assignment(String team, int wave, LocalDate starts) {}

  public ExperimentPlan {
    assignments = List.copyOf(assignments);
  }

  /**
   * Assigns {@code teams} to waves: the names are sorted (so the order typed does not matter),
   * shuffled with {@code java.util.Random(seed)} (whose algorithm the Java specification fixes, so
   * the same seed gives the same plan on every JDK), and dealt round-robin to the waves.
   */
  public static ExperimentPlan assign(
      List<String> teams, LocalDate start, int waves, int waveWeeks, long seed) {
    List<String> names = new ArrayList<>();
    for (String t : teams) {
      String name = t.strip();
      if (name.isEmpty()) {
        throw new DxException("a team name is empty; list the teams as a,b,c");
      }
      names.add(name);
    }
    if (new HashSet<>(names).size() != names.size()) {
      throw new DxException("a team is listed twice in " + String.join(",", names));
    }
    if (names.size() < 2) {
      throw new DxException(
          "a staggered rollout needs at least 2 teams; " + names.size() + " given");
    }
    if (waves < 2 || waves > names.size()) {
      throw new DxException(
          "--waves must be between 2 and the number of teams ("
              + names.size()
              + "); "
              + waves
              + " given");
    }
    if (waveWeeks < 1) {
      throw new DxException("--wave-weeks must be at least 1; " + waveWeeks + " given");
    }
    Collections.sort(names);
    Collections.shuffle(names, new Random(seed));
    List<Assignment> a = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      int wave = i % waves;
      a.add(new Assignment(names.get(i), wave, start.plusWeeks((long) wave * waveWeeks)));
    }
    a.sort(java.util.Comparator.comparingInt(Assignment::wave).thenComparing(Assignment::team));
    return new ExperimentPlan(start, waves, waveWeeks, seed, a);
  }

  public Optional<Assignment> team(String team) {
    return assignments.stream().filter(a -> a.team().equals(team)).findFirst();
  }

  public List<String> teams() {
    return assignments.stream().map(Assignment::team).toList();
  }

  /** The wave under way on {@code day}: the last that has started; empty before the first. */
  public Optional<Integer> waveOn(LocalDate day) {
    if (day.isBefore(start)) {
      return Optional.empty();
    }
    long weeks = java.time.temporal.ChronoUnit.WEEKS.between(start, day);
    return Optional.of((int) Math.min(waves - 1, weeks / waveWeeks));
  }
}
