package onramp.documents.i9;

import java.util.Optional;
import onramp.documents.Confidence;
import onramp.documents.Source;

/**
 * The Social Security number from Section 1. It never prints itself: {@link #toString()} shows only
 * the last four digits, and no exception message in this package contains it. Rules check
 * issuability through {@link #area()}, {@link #group()} and {@link #serial()}.
 */
public final class Ssn {
  private final String raw;
  private final String digits;
  private final Source source;
  private final double confidence;

  private Ssn(String raw, Source source, double confidence) {
    this.raw = raw;
    this.digits = raw.replaceAll("[\\s\\-.]", "");
    this.source = source;
    this.confidence = confidence;
  }

  public static Ssn of(String raw, Source source, double confidence) {
    return new Ssn(raw, source, confidence);
  }

  /** Nothing entered. (The SSN is optional on the I-9 unless the employer uses E-Verify.) */
  public boolean isBlank() {
    return raw.isBlank();
  }

  /** Nine digits, optionally written as 123-45-6789 or with spaces. */
  public boolean isWellFormed() {
    return digits.matches("\\d{9}");
  }

  /** The first three digits, when well formed. */
  public Optional<String> area() {
    return isWellFormed() ? Optional.of(digits.substring(0, 3)) : Optional.empty();
  }

  /** The middle two digits, when well formed. */
  public Optional<String> group() {
    return isWellFormed() ? Optional.of(digits.substring(3, 5)) : Optional.empty();
  }

  /** The last four digits, when well formed. */
  public Optional<String> serial() {
    return isWellFormed() ? Optional.of(digits.substring(5)) : Optional.empty();
  }

  /** The last four digits, the only part that may be shown or stored in a decision. */
  public Optional<String> last4() {
    return serial();
  }

  /** "***-**-6789"; for a malformed or blank value only its length. */
  public String masked() {
    if (isBlank()) {
      return "(blank)";
    }
    return isWellFormed()
        ? "***-**-" + digits.substring(5)
        : "(malformed, " + raw.strip().length() + " characters)";
  }

  public Source source() {
    return source;
  }

  public double confidence() {
    return confidence;
  }

  public boolean isLowConfidence() {
    return !isBlank() && !Confidence.confident(confidence);
  }

  /**
   * The nine digits for a comparison with another copy of the same number (e.g. the signup data).
   * Never log or print the result.
   */
  public boolean sameNumberAs(String other) {
    return isWellFormed() && digits.equals(other.replaceAll("[\\s\\-.]", ""));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Ssn s
        && s.raw.equals(raw)
        && s.source == source
        && s.confidence == confidence;
  }

  @Override
  public int hashCode() {
    return raw.hashCode();
  }

  @Override
  public String toString() {
    return "Ssn[" + masked() + "]";
  }
}
