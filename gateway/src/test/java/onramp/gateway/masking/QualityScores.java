package onramp.gateway.masking;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * True/false positives and false negatives per entity type; an overlap of the same type counts as
 * found.
 */
final class QualityScores {
  final Map<EntityType, int[]> counts = new EnumMap<>(EntityType.class); // tp, fp, fn
  final List<String> misses = new ArrayList<>();

  void score(LabelledCase c, List<DetectedEntity> predicted) {
    List<DetectedEntity> relevant = new ArrayList<>();
    for (DetectedEntity p : predicted) {
      boolean typeOk = c.only().map(t -> t == p.type()).orElse(true);
      boolean ignored = c.ignored().stream().anyMatch(s -> s.overlaps(p.start(), p.end()));
      if (typeOk && !ignored) {
        relevant.add(p);
      }
    }
    if (c.atLeastOne()) {
      EntityType type = c.only().orElseThrow();
      boolean hit = relevant.stream().anyMatch(p -> p.type() == type);
      add(type, hit ? 0 : 2);
      if (!hit) {
        misses.add("FN " + type + " in [" + c.text() + "]");
      }
      return;
    }
    boolean[] used = new boolean[relevant.size()];
    for (LabelledCase.Span s : c.expected()) {
      boolean hit = false;
      for (int i = 0; i < relevant.size() && !hit; i++) {
        DetectedEntity p = relevant.get(i);
        if (!used[i] && p.type() == s.type() && s.overlaps(p.start(), p.end())) {
          used[i] = hit = true;
        }
      }
      add(s.type(), hit ? 0 : 2);
      if (!hit) {
        misses.add(
            "FN "
                + s.type()
                + " '"
                + c.text().substring(s.start(), s.end())
                + "' in ["
                + c.text()
                + "]");
      }
    }
    for (int i = 0; i < relevant.size(); i++) {
      if (!used[i]) {
        DetectedEntity p = relevant.get(i);
        add(p.type(), 1);
        misses.add(
            "FP "
                + p.type()
                + " '"
                + c.text().substring(p.start(), p.end())
                + "' in ["
                + c.text()
                + "]");
      }
    }
  }

  private void add(EntityType type, int which) {
    counts.computeIfAbsent(type, t -> new int[3])[which]++;
  }

  double precision(EntityType type) {
    int[] c = counts.getOrDefault(type, new int[3]);
    return c[0] + c[1] == 0 ? 1.0 : (double) c[0] / (c[0] + c[1]);
  }

  double recall(EntityType type) {
    int[] c = counts.getOrDefault(type, new int[3]);
    return c[0] + c[2] == 0 ? 1.0 : (double) c[0] / (c[0] + c[2]);
  }

  int[] total() {
    int[] t = new int[3];
    counts
        .values()
        .forEach(
            c -> {
              for (int i = 0; i < 3; i++) {
                t[i] += c[i];
              }
            });
    return t;
  }

  String table(String title) {
    StringBuilder sb = new StringBuilder("\n" + title + "\n");
    sb.append(
        String.format(
            "| %-15s | %4s | %4s | %4s | %9s | %6s |%n",
            "type", "TP", "FP", "FN", "precision", "recall"));
    sb.append("|-----------------|------|------|------|-----------|--------|\n");
    counts.forEach(
        (type, c) ->
            sb.append(
                String.format(
                    "| %-15s | %4d | %4d | %4d | %9.3f | %6.3f |%n",
                    type, c[0], c[1], c[2], precision(type), recall(type))));
    int[] t = total();
    sb.append(
        String.format(
            "| %-15s | %4d | %4d | %4d | %9.3f | %6.3f |%n",
            "all",
            t[0],
            t[1],
            t[2],
            t[0] + t[1] == 0 ? 1.0 : (double) t[0] / (t[0] + t[1]),
            t[0] + t[2] == 0 ? 1.0 : (double) t[0] / (t[0] + t[2])));
    return sb.toString();
  }
}
