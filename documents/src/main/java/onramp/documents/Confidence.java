package onramp.documents;

/**
 * The confidence levels that readers and rules share, on the 0..1 scale every {@link Evidence}
 * carries (0 a guess, 1 machine-readable and validated). In one place so that the readers that
 * produce a confidence and the rules that judge it move together.
 */
public final class Confidence {
  /**
   * Sure enough to decide on. At or above it a reading counts on its own; below it an I-9 field is
   * for a person to look at, a licence-front value neither contradicts the barcode nor counts as a
   * key field read, a reader looks at the field a second time, and a second reading is too weak to
   * cast doubt on a first.
   */
  public static final double CONFIDENT = 0.80;

  /**
   * The most a field may claim when two readings of it disagree: no more sure than a coin toss
   * between them, whatever each claimed alone, and below {@link #CONFIDENT}, so a person looks.
   */
  public static final double DISAGREEING = 0.5;

  private Confidence() {}

  /** Whether a reading of {@code confidence} is sure enough to decide on. */
  public static boolean confident(double confidence) {
    return confidence >= CONFIDENT;
  }
}
