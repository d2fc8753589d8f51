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

  public List<DocumentKind> missing() {
    return required.stream().filter(k -> !has(k)).toList();
  }

  public boolean canUpload() {
    return stage == Stage.UPLOADING || stage == Stage.FIX_AND_RESUBMIT;
  }
}
