package onramp.documents.barcode;

import java.util.Objects;

/**
 * A PDF417 symbol's text, byte for byte (one char per byte, ISO-8859-1), and how it was found.
 *
 * @param text the payload; AAMVA control characters (LF, RS, CR) are kept
 * @param strategy the attempt that succeeded, e.g. {@code median/hybrid}; for diagnostics only
 * @param attempts how many decode attempts ran, the successful one included
 * @param elapsedMicros wall time of the whole decode
 */
public record DecodedBarcode(String text, String strategy, int attempts, long elapsedMicros) {
  public DecodedBarcode {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(strategy, "strategy");
  }
}
