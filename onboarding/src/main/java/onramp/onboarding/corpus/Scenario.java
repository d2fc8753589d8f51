package onramp.onboarding.corpus;

import java.util.List;
import onramp.onboarding.Outcome;
import onramp.onboarding.decision.ReasonCode;

/**
 * One kind of application the corpus writes: what is wrong with it (or what is hard about it) and
 * the decision and reason codes the rules must produce. Weights set the default mix.
 */
public enum Scenario {
  CLEAN(40, Outcome.APPROVED),
  CANADIAN_LICENCE(4, Outcome.APPROVED),
  NAME_VARIANTS(6, Outcome.APPROVED),
  SCANNED_I9(6, Outcome.APPROVED),
  RECEIPT(3, Outcome.APPROVED, ReasonCode.I9_RECEIPT),
  REISSUED_LICENCE(3, Outcome.NEEDS_REVIEW, ReasonCode.DRIVER_EXPERIENCE_UNKNOWN),
  EXPIRED_LICENCE(4, Outcome.REJECTED, ReasonCode.DL_EXPIRED),
  UNDERAGE(4, Outcome.REJECTED, ReasonCode.DRIVER_UNDERAGE),
  LITTLE_EXPERIENCE(3, Outcome.NEEDS_REVIEW, ReasonCode.DRIVER_EXPERIENCE_UNKNOWN),
  CLASS_INSUFFICIENT(4, Outcome.REJECTED, ReasonCode.DL_CLASS_INSUFFICIENT),
  FRONT_BACK_MISMATCH(3, Outcome.NEEDS_REVIEW, ReasonCode.DL_FRONT_BACK_MISMATCH),
  TAMPERED_BARCODE(3, Outcome.NEEDS_REVIEW, ReasonCode.DL_BARCODE_INVALID),
  JURISDICTION_MISMATCH(3, Outcome.NEEDS_REVIEW, ReasonCode.DL_JURISDICTION_MISMATCH),
  IDENTITY_MISMATCH(3, Outcome.NEEDS_REVIEW, ReasonCode.IDENTITY_MISMATCH),
  SECTION1_LATE(3, Outcome.NEEDS_REVIEW, ReasonCode.I9_SECTION1_LATE),
  SECTION1_INCOMPLETE(3, Outcome.REJECTED, ReasonCode.I9_SECTION1_INCOMPLETE),
  SECTION2_LATE(3, Outcome.NEEDS_REVIEW, ReasonCode.I9_SECTION2_LATE),
  INVALID_DOCUMENT_COMBINATION(3, Outcome.REJECTED, ReasonCode.I9_DOCUMENTS_INVALID_COMBINATION),
  DOCUMENT_EXPIRED(3, Outcome.REJECTED, ReasonCode.I9_DOCUMENT_EXPIRED),
  SSN_INVALID(3, Outcome.REJECTED, ReasonCode.SSN_INVALID),
  I9_MISSING(2, Outcome.NEEDS_REVIEW, ReasonCode.I9_MISSING),
  UNREADABLE_BARCODE(2, Outcome.NEEDS_REVIEW, ReasonCode.DL_BARCODE_UNREADABLE),
  CORRUPT_IMAGE(2, Outcome.NEEDS_REVIEW, ReasonCode.DL_IMAGE_UNREADABLE),
  /** The Form I-9 pages photographed on a desk with a phone (JPEG), not scanned. */
  PHOTOGRAPHED_I9(5, Outcome.APPROVED),
  /**
   * The barcode of one synthetic person with the front of another; each card is consistent in
   * itself.
   */
  SWAPPED_BARCODE(3, Outcome.NEEDS_REVIEW, ReasonCode.DL_FRONT_BACK_MISMATCH),
  /**
   * A driver of 19–20 whose barcode (and signup and I-9) says 26–29; the front shows the true date
   * of birth. The barcode is well formed, so only the front can tell.
   */
  BARCODE_AGED(3, Outcome.NEEDS_REVIEW, ReasonCode.DL_FRONT_BACK_MISMATCH),
  /**
   * An expired licence whose front was edited to a later expiry. The barcode is the source of
   * truth, so it is rejected as expired; the edited front also disagrees with the barcode.
   */
  FRONT_EXPIRY_EDITED(
      3, Outcome.REJECTED, ReasonCode.DL_EXPIRED, ReasonCode.DL_FRONT_BACK_MISMATCH),
  /**
   * Two or three independent problems at once. The problems, and so the decision (the most severe)
   * and the reasons (all of them), are drawn per application: truth.json lists them; {@link
   * #codes()} is empty for this scenario.
   */
  MULTIPLE_PROBLEMS(4, Outcome.REJECTED);

  private final int weight;
  private final Outcome expected;
  private final List<ReasonCode> codes;

  Scenario(int weight, Outcome expected, ReasonCode... codes) {
    this.weight = weight;
    this.expected = expected;
    this.codes = List.of(codes);
  }

  public int weight() {
    return weight;
  }

  public Outcome expected() {
    return expected;
  }

  /**
   * The reason codes the decision must carry (it may carry INFO reasons besides); for {@link
   * #MULTIPLE_PROBLEMS} they are drawn per application and listed in its truth.json.
   */
  public List<ReasonCode> codes() {
    return codes;
  }
}
