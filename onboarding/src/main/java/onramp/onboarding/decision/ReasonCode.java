package onramp.onboarding.decision;

/**
 * The catalogue of reasons (DESIGN.md). Codes are a public contract: add, never rename. Each has
 * the severity it carries unless a rule says otherwise.
 */
public enum ReasonCode {
  APPLICATION_INVALID(Severity.REVIEW, "APPLICATION"),
  DL_MISSING(Severity.REVIEW, "DL"),
  DL_IMAGE_UNREADABLE(Severity.REVIEW, "DL"),
  DL_BARCODE_UNREADABLE(Severity.REVIEW, "DL"),
  DL_BARCODE_INVALID(Severity.REVIEW, "DL"),
  DL_FRONT_UNREADABLE(Severity.REVIEW, "DL"),
  DL_EXPIRED(Severity.REJECT, "DL"),
  DL_FRONT_BACK_MISMATCH(Severity.REVIEW, "DL"),
  DL_JURISDICTION_MISMATCH(Severity.REVIEW, "DL"),
  DL_NUMBER_MISMATCH(Severity.REVIEW, "DL"),
  DL_NOT_A_DRIVER_LICENCE(Severity.REJECT, "DL"),
  DL_JURISDICTION_UNSUPPORTED(Severity.REVIEW, "DL"),
  DL_CLASS_INSUFFICIENT(Severity.REJECT, "DL"),
  DRIVER_UNDERAGE(Severity.REJECT, "DL"),
  DRIVER_INSUFFICIENT_EXPERIENCE(Severity.REJECT, "DL"),
  DRIVER_EXPERIENCE_UNKNOWN(Severity.REVIEW, "DL"),
  IDENTITY_MISMATCH(Severity.REVIEW, "APPLICATION"),
  I9_MISSING(Severity.REVIEW, "I9"),
  I9_SECTION1_INCOMPLETE(Severity.REJECT, "I9"),
  I9_SECTION1_LATE(Severity.REVIEW, "I9"),
  I9_SECTION2_INCOMPLETE(Severity.REJECT, "I9"),
  I9_SECTION2_LATE(Severity.REVIEW, "I9"),
  I9_DOCUMENTS_INVALID_COMBINATION(Severity.REJECT, "I9"),
  I9_DOCUMENT_EXPIRED(Severity.REJECT, "I9"),
  I9_DL_MISMATCH(Severity.REVIEW, "I9"),
  I9_UNREADABLE(Severity.REVIEW, "I9"),
  I9_WRONG_EDITION(Severity.REJECT, "I9"),
  I9_EDITION_UNKNOWN(Severity.REVIEW, "I9"),
  I9_RECEIPT(Severity.INFO, "I9"),
  SSN_INVALID(Severity.REJECT, "I9"),
  EXTRACTION_LOW_CONFIDENCE(Severity.REVIEW, "DL"),
  MODEL_STEP_DELAYED(Severity.REVIEW, "SYSTEM"),
  STEP_UNAVAILABLE(Severity.INFO, "SYSTEM");

  private final Severity severity;
  private final String document;

  ReasonCode(Severity severity, String document) {
    this.severity = severity;
    this.document = document;
  }

  public Severity severity() {
    return severity;
  }

  /** The document the reason is usually about: DL, I9, APPLICATION or SYSTEM. */
  public String document() {
    return document;
  }
}
