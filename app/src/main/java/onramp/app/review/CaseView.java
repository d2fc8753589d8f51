package onramp.app.review;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import onramp.app.apply.ApplicationState;
import onramp.app.apply.DecisionRecord;
import onramp.app.apply.StoredDocument;

/** What a reviewer sees of one application: what was typed, what was read, and every decision. */
record CaseView(
    UUID id,
    ApplicationState status,
    int round,
    Map<String, Object> applicant,
    List<StoredDocument> documents,
    Optional<DecisionRecord> system,
    Optional<DecisionRecord> review,
    List<DecisionRecord> history) {
  public boolean awaitingReview() {
    return status == ApplicationState.IN_REVIEW && review.isEmpty();
  }
}
