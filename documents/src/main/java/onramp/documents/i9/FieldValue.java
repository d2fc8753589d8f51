package onramp.documents.i9;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;
import onramp.documents.Confidence;
import onramp.documents.Evidence;
import onramp.documents.Source;

/**
 * One value as it stands on the form: the raw text (so a rule can say "dated '13/45/2026'"), where
 * it was read and how sure the reader is. Blank and "N/A" are different things: a blank field was
 * left empty, an N/A field was explicitly declared not applicable.
 *
 * @param field the form field
 * @param raw the text exactly as read, untrimmed
 * @param source {@link Source#FORM_FIELD} (confidence 1.0) or {@link Source#SCAN_OCR}
 * @param confidence 0..1; below {@link Confidence#CONFIDENT} a rule should ask a person to look
 */
public record FieldValue(I9Field field, String raw, Source source, double confidence) {
  private static final Pattern NOT_APPLICABLE =
      Pattern.compile("(?i)n\\s*/\\s*a|n\\.?\\s*a\\.?|-{1,3}|—|–|not\\s+applicable");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  public FieldValue {
    if (confidence < 0 || confidence > 1 || Double.isNaN(confidence)) {
      throw new IllegalArgumentException("confidence must be within 0..1, was " + confidence);
    }
  }

  /** The text trimmed, with runs of whitespace collapsed to one space. */
  public String text() {
    return WHITESPACE.matcher(raw.strip()).replaceAll(" ");
  }

  /** Nothing was entered (or only whitespace). */
  public boolean isBlank() {
    return raw.isBlank();
  }

  /** "N/A", "NA", "n/a", "-" and the like: explicitly not applicable, which is not blank. */
  public boolean isNotApplicable() {
    return !isBlank() && NOT_APPLICABLE.matcher(text()).matches();
  }

  /** A real value: neither blank nor N/A. */
  public boolean isPresent() {
    return !isBlank() && !isNotApplicable();
  }

  public boolean isLowConfidence() {
    return !isBlank() && !Confidence.confident(confidence);
  }

  /**
   * The value as a date, if it is one in any of the ways people type dates (see {@link I9Dates}).
   */
  public Optional<LocalDate> date() {
    return isPresent() ? I9Dates.parse(text()) : Optional.empty();
  }

  /** A value that is present but cannot be read as a date (e.g. "13/45/2026"). */
  public boolean isMalformedDate() {
    return isPresent() && date().isEmpty();
  }

  /** The text as evidence, when there is a real value. */
  public Optional<Evidence<String>> evidence() {
    return isPresent() ? Optional.of(Evidence.of(text(), source, confidence)) : Optional.empty();
  }

  @Override
  public String toString() {
    return field.label()
        + "='"
        + raw
        + "' ("
        + source
        + " "
        + String.format("%.2f", confidence)
        + ")";
  }
}
