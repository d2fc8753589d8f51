package onramp.documents.i9;

import static org.bytedeco.tesseract.global.tesseract.PSM_SINGLE_BLOCK;
import static org.bytedeco.tesseract.global.tesseract.PSM_SINGLE_CHAR;
import static org.bytedeco.tesseract.global.tesseract.PSM_SINGLE_LINE;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Optional;
import org.bytedeco.javacpp.BytePointer;
import onramp.documents.front.Tessdata;
import org.bytedeco.tesseract.TessBaseAPI;

/**
 * One Tesseract instance (JavaCPP), used by one thread at a time. Recognises a small grey image and
 * returns the text with Tesseract's mean word confidence. Needs {@code eng.traineddata}, looked up
 * as the licence-front reader does: system property {@code onramp.tessdata}, else environment
 * variable {@code TESSDATA_PREFIX}, else Debian's {@code tesseract-ocr-eng} folders. Each may name
 * the tessdata folder itself or its parent. A location that is configured but lacks the model is
 * not silently replaced by another one.
 */
final class TesseractEngine {
  static final String PROPERTY = Tessdata.PROPERTY;
  static final String ENVIRONMENT = Tessdata.ENVIRONMENT;
  static final String MODEL = Tessdata.MODEL;

  private final TessBaseAPI api = new TessBaseAPI();

  record Result(String text, double confidence) {}

  /** How Tesseract should segment the image. */
  enum Mode {
    CHARACTER(PSM_SINGLE_CHAR),
    LINE(PSM_SINGLE_LINE),
    BLOCK(PSM_SINGLE_BLOCK);

    private final int psm;

    Mode(int psm) {
      this.psm = psm;
    }
  }

  private TesseractEngine(Path modelFolder) {
    if (api.Init(modelFolder.toString(), "eng") != 0) {
      api.close();
      throw new OcrUnavailableException("Tesseract could not start with " + modelFolder.resolve(MODEL)
          + "; check that the file is a Tesseract 4/5 model. Scanned and flattened Form I-9s cannot be read by OCR"
          + " until then.");
    }
    api.SetVariable("debug_file", "/dev/null");
  }

  /**
   * An engine on the model in {@code location} (the tessdata folder or its parent).
   *
   * @throws OcrUnavailableException the model is not there, or Tesseract will not start with it
   */
  static TesseractEngine open(Path location) {
    Path folder = resolve(location).orElseThrow(() -> new OcrUnavailableException("no " + MODEL + " in " + location
        + ": point -D" + PROPERTY + " or " + ENVIRONMENT + " at a tessdata folder that has it (or unset them to use the"
        + " model shipped in the jar). Scanned and flattened Form I-9s cannot be read by OCR until then."));
    try {
      return new TesseractEngine(folder);
    } catch (LinkageError e) {
      throw new OcrUnavailableException("Tesseract's native libraries do not load on this platform (" + e.getMessage()
          + "). Scanned and flattened Form I-9s cannot be read by OCR until then.", e);
    }
  }

  static Path configured() {
    return Tessdata.configured();
  }

  static Optional<Path> resolve(Path location) {
    return Tessdata.resolve(location);
  }

  synchronized Result recognise(BufferedImage grey, Mode mode, int dpi) {
    int w = grey.getWidth();
    int h = grey.getHeight();
    byte[] pixels = new byte[w * h];
    grey.getRaster().getDataElements(0, 0, w, h, pixels);
    api.SetPageSegMode(mode.psm);
    api.SetImage(pixels, w, h, 1, w);
    api.SetSourceResolution(dpi);
    BytePointer text = api.GetUTF8Text();
    try {
      String s = text == null ? "" : text.getString(java.nio.charset.StandardCharsets.UTF_8);
      int conf = api.MeanTextConf();
      return new Result(s.strip(), Math.max(0, Math.min(100, conf)) / 100.0);
    } finally {
      if (text != null) {
        text.deallocate();
      }
      api.Clear();
    }
  }
}
