package onramp.app.ops.status;

import java.nio.file.Files;
import java.nio.file.Path;
import onramp.documents.ocr.Tessdata;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Licence-front OCR runs Tesseract from the jar with its English model, {@code eng.traineddata},
 * found as the readers find it ({@link Tessdata}: {@code -Donramp.tessdata}, {@code
 * $TESSDATA_PREFIX}, Debian's folder, else the copy shipped in the jar).
 */
@Component
@Order(30)
class LicenceFrontOcrStatus implements ComponentStatusProvider {
  static final String NAME = "Licence-front OCR";
  private final Path tessdata;

  @Autowired
  LicenceFrontOcrStatus() {
    this(Tessdata.configured());
  }

  LicenceFrontOcrStatus(Path tessdata) {
    this.tessdata = tessdata;
  }

  @Override
  public ComponentStatus status() {
    Path model = Tessdata.resolve(tessdata).orElse(tessdata).resolve(Tessdata.MODEL);
    if (Files.isRegularFile(model) && Files.isReadable(model)) {
      boolean shipped = Tessdata.bundled().map(b -> model.startsWith(b)).orElse(false);
      return ComponentStatus.on(
          NAME,
          "Tesseract with the English model "
              + (shipped ? "shipped in the jar" : "from " + model.toAbsolutePath()));
    }
    return ComponentStatus.off(
        NAME,
        "no eng.traineddata in "
            + tessdata.toAbsolutePath()
            + ": set TESSDATA_PREFIX to a folder that has it (or unset it to use the model shipped in the"
            + " jar), then restart; until then the licence front is not read");
  }
}
