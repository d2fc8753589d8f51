package onramp.documents;

import java.util.Objects;

/**
 * A value read from a document, with where it came from and how sure the reader is.
 *
 * @param value the typed value
 * @param source where it was read
 * @param confidence 0 (a guess) to 1 (machine-readable, validated)
 */
public record Evidence<T>(T value, Source source, double confidence) {
  public Evidence {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(source, "source");
    if (confidence < 0 || confidence > 1 || Double.isNaN(confidence)) {
      throw new IllegalArgumentException("confidence must be within 0..1, was " + confidence);
    }
  }

  public static <T> Evidence<T> of(T value, Source source, double confidence) {
    return new Evidence<>(value, source, confidence);
  }

  /** A value from a deterministic, validated source (barcode, form field). */
  public static <T> Evidence<T> certain(T value, Source source) {
    return new Evidence<>(value, source, 1.0);
  }
}
