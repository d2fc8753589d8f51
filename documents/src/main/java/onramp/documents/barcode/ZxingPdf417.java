package onramp.documents.barcode;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.ChecksumException;
import com.google.zxing.DecodeHintType;
import com.google.zxing.FormatException;
import com.google.zxing.LuminanceSource;
import com.google.zxing.NotFoundException;
import com.google.zxing.PlanarYUVLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.ResultMetadataType;
import com.google.zxing.ResultPoint;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.pdf417.PDF417Reader;
import com.google.zxing.pdf417.detector.Detector;
import com.google.zxing.pdf417.detector.PDF417DetectorResult;
import java.awt.geom.Point2D;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The one place that calls ZXing's PDF417 reader; everything else works on {@link Gray}. */
final class ZxingPdf417 {
  /** How a grayscale image is turned into black and white before ZXing looks for bars. */
  enum Binarizer {
    /** Local thresholds over 8×8 blocks: copes with glare and uneven light. */
    HYBRID,
    /** One threshold per row from a histogram: copes with blur that merges the local blocks. */
    GLOBAL
  }

  private static final Map<DecodeHintType, Object> HINTS =
      Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE);

  private ZxingPdf417() {}

  /**
   * Where ZXing's detector sees the symbol, even when it cannot decode it.
   *
   * @param corners outer corners of the start and stop patterns: top-left, top-right, bottom-right,
   *     bottom-left
   * @param moduleWidth estimated pixels per module, from the width of the start pattern
   * @param clockwiseQuarterTurns how far the image must be turned (with {@link Gray#quarterTurn()})
   *     for {@code corners} to apply; ZXing finds sideways symbols by turning its bit matrix
   *     counter-clockwise
   */
  record Outline(Point2D[] corners, double moduleWidth, int clockwiseQuarterTurns) {}

  static Optional<Outline> outline(Gray image) {
    try {
      PDF417DetectorResult result = Detector.detect(bitmap(image, Binarizer.HYBRID), HINTS, false);
      if (result.getPoints().isEmpty()) {
        return Optional.empty();
      }
      ResultPoint[] p = result.getPoints().get(0);
      for (int i = 0; i < 6; i++) {
        if (p[i] == null) {
          return Optional.empty();
        }
      }
      double startWidth = ((p[4].getX() - p[0].getX()) + (p[5].getX() - p[1].getX())) / 2;
      Point2D[] corners = {point(p[0]), point(p[2]), point(p[3]), point(p[1])};
      int turns = Math.floorMod(-result.getRotation() / 90, 4);
      return Optional.of(new Outline(corners, startWidth / 17, turns));
    } catch (NotFoundException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static Point2D point(ResultPoint p) {
    return new Point2D.Double(p.getX(), p.getY());
  }

  private static BinaryBitmap bitmap(Gray image, Binarizer binarizer) {
    LuminanceSource source =
        new PlanarYUVLuminanceSource(
            image.pixels(),
            image.width(),
            image.height(),
            0,
            0,
            image.width(),
            image.height(),
            false);
    return new BinaryBitmap(
        binarizer == Binarizer.HYBRID
            ? new HybridBinarizer(source)
            : new GlobalHistogramBinarizer(source));
  }

  /**
   * A symbol ZXing decoded.
   *
   * @param text one char per byte
   * @param errorCorrectionLevel the symbol's PDF417 level, 0–8 (2^(level+1) EC codewords)
   * @param errorsCorrected codewords the error correction had to repair
   * @param erasures codewords it could not read at all
   */
  record Symbol(String text, int errorCorrectionLevel, int errorsCorrected, int erasures) {
    /**
     * False for a symbol with a tiny EC budget (level 0 or 1: 2 or 4 EC codewords) that needed all
     * of its correction: random texture can pass such a check. Seen in practice: "AA" read out of
     * desk wood grain at level 0 with one error corrected. Real symbols at level ≥ 2, or read
     * cleanly at any level, are accepted (ZXing's own test images include a level-2 symbol that
     * needs all 4 of its corrections).
     */
    boolean trustworthy() {
      return errorCorrectionLevel >= 2 || errorsCorrected < (1 << errorCorrectionLevel);
    }
  }

  static Optional<Symbol> read(Gray image, Binarizer binarizer) {
    BinaryBitmap bitmap = bitmap(image, binarizer);
    try {
      Result result = new PDF417Reader().decode(bitmap, HINTS);
      Map<ResultMetadataType, Object> meta = result.getResultMetadata();
      // Without an ECI, ZXing decodes byte compaction as ISO-8859-1: one char per byte, control
      // characters (LF, RS, CR) kept, so the text is the payload byte for byte.
      return Optional.of(
          new Symbol(
              result.getText(),
              integer(meta.get(ResultMetadataType.ERROR_CORRECTION_LEVEL)),
              integer(meta.get(ResultMetadataType.ERRORS_CORRECTED)),
              integer(meta.get(ResultMetadataType.ERASURES_CORRECTED))));
    } catch (NotFoundException | FormatException | ChecksumException e) {
      return Optional.empty();
    } catch (RuntimeException e) {
      // ZXing occasionally indexes out of bounds on pathological bit patterns; that is a failed
      // attempt, not a failed application.
      return Optional.empty();
    }
  }

  private static int integer(@Nullable Object value) {
    if (value instanceof Integer i) {
      return i;
    }
    if (value instanceof String s && !s.isBlank()) {
      try {
        return Integer.parseInt(s.trim());
      } catch (NumberFormatException e) {
        return 0;
      }
    }
    return 0;
  }
}
