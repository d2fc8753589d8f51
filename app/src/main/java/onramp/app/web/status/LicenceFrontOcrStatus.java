package onramp.app.web.status;

import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Licence-front OCR runs Tesseract from the jar but needs its English model, {@code eng.traineddata},
 * in the folder {@code onramp.ocr.tessdata} (default: {@code $TESSDATA_PREFIX}, else Debian's folder).
 */
@Component
@Order(30)
class LicenceFrontOcrStatus implements ComponentStatusProvider {
  static final String NAME = "Licence-front OCR";
  private final Path tessdata;

  LicenceFrontOcrStatus(@Value("${onramp.ocr.tessdata}") Path tessdata) {
    this.tessdata = tessdata;
  }

  @Override
  public ComponentStatus status() {
    Path model = tessdata.resolve("eng.traineddata");
    if (Files.isRegularFile(model) && Files.isReadable(model)) {
      return ComponentStatus.on(NAME, "Tesseract with English data from " + model.toAbsolutePath());
    }
    return ComponentStatus.off(
        NAME,
        "no eng.traineddata in "
            + tessdata.toAbsolutePath()
            + ": install it (Debian: apt-get install tesseract-ocr-eng) or set TESSDATA_PREFIX to a"
            + " folder that has it, then restart; until then the licence front is not read");
  }
}
