package onramp.gateway.masking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Collects candidates of one scan and resolves overlaps: higher score wins, then the longer span.
 */
final class Found {
  private static final Comparator<DetectedEntity> PRIORITY =
      Comparator.comparingDouble(DetectedEntity::score)
          .reversed()
          .thenComparing(
              Comparator.comparingInt((DetectedEntity e) -> e.end() - e.start()).reversed())
          .thenComparingInt(DetectedEntity::start);

  private final double threshold;
  private final List<DetectedEntity> candidates = new ArrayList<>();

  Found(double threshold) {
    this.threshold = threshold;
  }

  void add(EntityType type, int start, int end, double score) {
    if (score >= threshold && end > start) {
      candidates.add(new DetectedEntity(type, start, end, Math.min(1.0, score)));
    }
  }

  /** Non-overlapping entities ordered by start. */
  List<DetectedEntity> resolved() {
    if (candidates.size() <= 1) {
      return List.copyOf(candidates);
    }
    List<DetectedEntity> byPriority = new ArrayList<>(candidates);
    byPriority.sort(PRIORITY);
    TreeMap<Integer, DetectedEntity> accepted = new TreeMap<>();
    for (DetectedEntity e : byPriority) {
      Map.Entry<Integer, DetectedEntity> before = accepted.floorEntry(e.start());
      Map.Entry<Integer, DetectedEntity> after = accepted.ceilingEntry(e.start());
      boolean overlaps =
          (before != null && before.getValue().end() > e.start())
              || (after != null && after.getKey() < e.end());
      if (!overlaps) {
        accepted.put(e.start(), e);
      }
    }
    return List.copyOf(accepted.values());
  }
}
