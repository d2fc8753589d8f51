package onramp.documents.i9;

import java.util.Locale;
import java.util.regex.Pattern;
import onramp.documents.Confidence;

/**
 * Decides between two OCR readings of one field made with different preprocessing or segmentation
 * (see {@link OcrPageReader}). Readings that agree are as sure as the surer of the two, and surer
 * still when the value has the form the field requires (nine digits for the SSN, a state from the
 * form's list): two independent ways of reading seldom make the same mistake and a well-formed one
 * at that. Readings that disagree leave the field unsure, whatever either pass claimed: a person
 * looks. Nothing here invents a value: the text kept is always one that a pass read.
 */
final class TwoReadings {
  /** Agreement never makes an OCR reading as sure as a typed field (1.0). */
  static final double AGREEING_AT_MOST = 0.99;

  private static final Pattern SSN = Pattern.compile("\\d{9}");
  private static final Pattern ZIP = Pattern.compile("\\d{5}(-?\\d{4})?");

  private TwoReadings() {}

  /**
   * @param first the usual reading
   * @param second a reading of the same ink made another way; blank when that way found nothing to
   *     read, which then says nothing about the first
   */
  static FieldReading reconcile(
      I9Field field, FieldReading first, FieldReading second, FormLayout layout) {
    if (second.text().isBlank()) {
      return first;
    }
    FieldReading surer = second.confidence() > first.confidence() ? second : first;
    boolean clipped = first.clipped() || second.clipped();
    if (!first.text().strip().equalsIgnoreCase(second.text().strip())) {
      return new FieldReading(
          surer.text(), Math.min(surer.confidence(), Confidence.DISAGREEING), clipped);
    }
    double confidence = surer.confidence();
    if (wellFormed(field, surer.text(), layout)) {
      // Both would have to be wrong, and wrong the same way.
      confidence =
          Math.max(
              confidence,
              Math.min(AGREEING_AT_MOST, 1 - (1 - first.confidence()) * (1 - second.confidence())));
    }
    return new FieldReading(surer.text(), confidence, clipped);
  }

  /** The value has the form its field requires; false for fields with no fixed form. */
  static boolean wellFormed(I9Field field, String text, FormLayout layout) {
    String t = text.strip();
    if (field == I9Field.SSN) {
      return SSN.matcher(t).matches();
    }
    if (field.name().endsWith("ZIP")) {
      return ZIP.matcher(t).matches();
    }
    return layout.options(field).contains(t.toUpperCase(Locale.ROOT));
  }
}
