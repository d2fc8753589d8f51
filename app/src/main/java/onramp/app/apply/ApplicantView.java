package onramp.app.apply;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What the applicant may see of their own application; {@code required} are the documents its
 * licence's jurisdiction asks for (its policy), in upload order.
 */
public record ApplicantView(
    UUID id,
    Stage stage,
    int round,
    List<DocumentKind> required,
    List<StoredDocument> documents,
    List<String> toFix,
    Optional<String> reviewerNote) {

  /** Where the application stands, in the applicant's terms. */
  public enum Stage {
    /** Documents still to upload (or to replace after a rejection) before submitting. */
    UPLOADING,
    CHECKING,
    APPROVED,
    FIX_AND_RESUBMIT,
    WITH_A_PERSON,
    /** A reviewer rejected it; the note says why. */
    REJECTED_AFTER_REVIEW
  }

  /** Before the first submission: documents still to upload. */
  static ApplicantView uploading(
      UUID id, List<DocumentKind> required, List<StoredDocument> documents) {
    return new ApplicantView(
        id, Stage.UPLOADING, 0, required, documents, List.of(), Optional.empty());
  }

  /**
   * A submitted round, by its latest decision (a reviewer's over the system's); none yet while it
   * is being checked.
   */
  static ApplicantView submitted(
      UUID id,
      int round,
      List<DocumentKind> required,
      List<StoredDocument> documents,
      Optional<DecisionRecord> latest) {
    Stage stage = latest.map(ApplicantView::stage).orElse(Stage.CHECKING);
    List<String> toFix =
        stage == Stage.FIX_AND_RESUBMIT
            ? latest.orElseThrow().reasons().stream()
                .filter(DecisionRecord.ReasonLine::rejects)
                .map(DecisionRecord.ReasonLine::message)
                .toList()
            : List.of();
    Optional<String> note =
        stage == Stage.REJECTED_AFTER_REVIEW ? latest.orElseThrow().note() : Optional.empty();
    return new ApplicantView(id, stage, round, required, documents, toFix, note);
  }

  private static Stage stage(DecisionRecord decision) {
    return switch (decision.decision()) {
      case APPROVED -> Stage.APPROVED;
      case REJECTED -> decision.bySystem() ? Stage.FIX_AND_RESUBMIT : Stage.REJECTED_AFTER_REVIEW;
      case NEEDS_REVIEW -> Stage.WITH_A_PERSON;
    };
  }

  public boolean has(DocumentKind kind) {
    return documents.stream().anyMatch(d -> d.kind() == kind);
  }

  /**
   * Every document the licence's jurisdiction requires is uploaded (a Canadian licence needs no
   * Form I-9).
   */
  public boolean complete() {
    return missing().isEmpty();
  }

  /** The licence's jurisdiction asks for a Form I-9 (a Canadian one does not). */
  public boolean asksForFormI9() {
    return required.contains(DocumentKind.I9);
  }

  public List<DocumentKind> missing() {
    return required.stream().filter(k -> !has(k)).toList();
  }

  public boolean canUpload() {
    return stage == Stage.UPLOADING || stage == Stage.FIX_AND_RESUBMIT;
  }
}
