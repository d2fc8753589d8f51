package onramp.documents.barcode;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.ChecksumException;
import com.google.zxing.DecodeHintType;
import com.google.zxing.FormatException;
import com.google.zxing.LuminanceSource;
import com.google.zxing.NotFoundException;
import com.google.zxing.PlanarYUVLuminanceSource;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.pdf417.PDF417Reader;
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

  static Optional<String> read(Gray image, Binarizer binarizer) {
    LuminanceSource source =
        new PlanarYUVLuminanceSource(
            image.pixels(), image.width(), image.height(), 0, 0, image.width(), image.height(), false);
    BinaryBitmap bitmap =
        new BinaryBitmap(
            binarizer == Binarizer.HYBRID ? new HybridBinarizer(source) : new GlobalHistogramBinarizer(source));
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
