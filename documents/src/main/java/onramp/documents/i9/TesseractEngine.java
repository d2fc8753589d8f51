package onramp.documents.i9;

import static org.bytedeco.tesseract.global.tesseract.PSM_SINGLE_BLOCK;
import static org.bytedeco.tesseract.global.tesseract.PSM_SINGLE_CHAR;
import static org.bytedeco.tesseract.global.tesseract.PSM_SINGLE_LINE;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.tesseract.TessBaseAPI;

/**
 * One Tesseract instance (JavaCPP), used by one thread at a time. Recognises a small grey image and
 * returns the text with Tesseract's mean word confidence. Needs {@code eng.traineddata}: from
 * $TESSDATA_PREFIX or Debian's {@code tesseract-ocr-eng}.
 */
final class TesseractEngine {
  private static final List<String> TESSDATA = List.of(
      "/usr/share/tesseract-ocr/5/tessdata", "/usr/share/tesseract-ocr/4.00/tessdata", "/usr/share/tessdata");

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

  TesseractEngine() {
    String dataPath = tessdata().orElseThrow(() -> new IllegalStateException(
        "OCR needs eng.traineddata: install Debian's tesseract-ocr-eng or set TESSDATA_PREFIX to its folder"));
    if (api.Init(dataPath, "eng") != 0) {
      throw new IllegalStateException("Tesseract could not start with the language data in " + dataPath);
    }
    api.SetVariable("debug_file", "/dev/null");
  }

  static Optional<String> tessdata() {
    List<String> candidates = new ArrayList<>();
    String prefix = System.getenv("TESSDATA_PREFIX");
    if (prefix != null && !prefix.isBlank()) {
      candidates.add(prefix);
      candidates.add(Path.of(prefix, "tessdata").toString());
    }
    candidates.addAll(TESSDATA);
    return candidates.stream().filter(d -> Files.isRegularFile(Path.of(d, "eng.traineddata"))).findFirst();
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
