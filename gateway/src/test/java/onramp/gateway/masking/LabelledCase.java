package onramp.gateway.masking;

import java.util.List;
import java.util.Optional;

/**
 * One labelled text. {@code only} limits scoring to one type (Presidio tests one recognizer per
 * table); {@code ignored} spans are neither expected nor counted against us (Presidio's own
 * low-confidence guesses, hosts-only URLs); {@code atLeastOne} scores the row as found/not found.
 */
record LabelledCase(
    String source,
    String text,
    MaskingContext context,
    List<Span> expected,
    List<Span> ignored,
    Optional<EntityType> only,
    boolean atLeastOne) {

  record Span(EntityType type, int start, int end) {
    boolean overlaps(int s, int e) {
      return start < e && s < end;
    }
  }
}
