package onramp.documents.barcode;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.ChecksumException;
import com.google.zxing.DecodeHintType;
import com.google.zxing.FormatException;
import com.google.zxing.LuminanceSource;
import com.google.zxing.NotFoundException;
import com.google.zxing.PlanarYUVLuminanceSource;
import com.google.zxing.ResultPoint;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.pdf417.PDF417Reader;
import com.google.zxing.pdf417.detector.Detector;
import com.google.zxing.pdf417.detector.PDF417DetectorResult;
import java.awt.geom.Point2D;
import java.util.Map;
import java.util.Optional;

/** The one place that calls ZXing's PDF417 reader; everything else works on {@link Gray}. */
final class ZxingPdf417 {
  /** How a grayscale image is turned into black and white before ZXing looks for bars. */
  enum Binarizer {
    /** Local thresholds over 8×8 blocks: copes with glare and uneven light. */
    HYBRID,
    /** One threshold per row from a histogram: copes with blur that merges the local blocks. */
    GLOBAL
  }

  private static final Map<DecodeHintType, Object> HINTS = Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE);

  private ZxingPdf417() {}

  /**
   * Where ZXing's detector sees the symbol, even when it cannot decode it.
   *
   * @param corners outer corners of the start and stop patterns: top-left, top-right,
   *     bottom-right, bottom-left
   * @param moduleWidth estimated pixels per module, from the width of the start pattern
   * @param clockwiseQuarterTurns how far the image must be turned (with {@link
   *     Gray#quarterTurn()}) for {@code corners} to apply; ZXing finds sideways symbols by
   *     turning its bit matrix counter-clockwise
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
            image.pixels(), image.width(), image.height(), 0, 0, image.width(), image.height(), false);
    return new BinaryBitmap(
        binarizer == Binarizer.HYBRID ? new HybridBinarizer(source) : new GlobalHistogramBinarizer(source));
  }

  static Optional<String> read(Gray image, Binarizer binarizer) {
    BinaryBitmap bitmap = bitmap(image, binarizer);
    try {
      // Without an ECI, ZXing decodes byte compaction as ISO-8859-1: one char per byte, control
      // characters (LF, RS, CR) kept, so the text is the payload byte for byte.
      return Optional.of(new PDF417Reader().decode(bitmap, HINTS).getText());
    } catch (NotFoundException | FormatException | ChecksumException e) {
      return Optional.empty();
    } catch (RuntimeException e) {
      // ZXing occasionally indexes out of bounds on pathological bit patterns; that is a failed
      // attempt, not a failed application.
      return Optional.empty();
    }
  }
}
