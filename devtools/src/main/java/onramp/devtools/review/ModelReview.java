package onramp.devtools.review;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import onramp.devtools.Finding;
import onramp.gateway.Usage;

/**
 * What the model's part of a review gave.
 *
 * @param modelOn whether a model was asked at all
 * @param findings the model's findings that passed validation (source {@code MODEL})
 * @param dropped the ones that did not, each with why
 * @param notes what a reader must know: model off, an answer that was not the schema, a gateway
 *     refusal; never a stack trace
 * @param usage tokens of the call, when one was made
 */
public record ModelReview(
    boolean modelOn,
    List<Finding> findings,
    List<Dropped> dropped,
    List<String> notes,
    Optional<Usage> usage) {

  public ModelReview {
    findings = List.copyOf(findings);
    dropped = List.copyOf(dropped);
    notes = List.copyOf(notes);
  }

  /** The model is not configured: the review runs on tsc and ESLint findings only. */
  public static ModelReview off(String why) {
    return new ModelReview(false, List.of(), List.of(), List.of(why), Optional.empty());
  }

  /** A model finding that failed validation. */
  public record Dropped(String file, String lines, String reason, String message) {}

  /** How many were dropped for each reason, in reason order. */
  public Map<String, Long> droppedByReason() {
    Map<String, Long> counts = new TreeMap<>();
    dropped.forEach(d -> counts.merge(d.reason(), 1L, Long::sum));
    return counts;
  }

  public ModelReview withFindings(List<Finding> replaced) {
    return new ModelReview(modelOn, replaced, dropped, notes, usage);
  }
}
