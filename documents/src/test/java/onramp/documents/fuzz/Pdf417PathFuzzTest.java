package onramp.documents.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.Optional;
import onramp.documents.DocumentException;
import onramp.documents.aamva.AamvaParser;
import onramp.documents.barcode.DecodedBarcode;
import onramp.documents.barcode.Pdf417Decoder;
import onramp.documents.image.SafeImages;

/**
 * The licence back as the onboarding reader takes it: image bytes, then the bounded image reader,
 * the PDF417 decoder (with its time budget), then the AAMVA parser. Seeds: small PNGs of
 * ../shared/data/pdf417 (zxing's blackbox set, Apache-2.0).
 */
class Pdf417PathFuzzTest {
  private static final Pdf417Decoder DECODER = Pdf417Decoder.withBudget(Duration.ofMillis(500));

  @FuzzTest(maxDuration = "5m")
  void decodesOrRefusesAnyImage(byte[] bytes) {
    try {
      BufferedImage image = SafeImages.read("dl-back.png", bytes);
      Optional<DecodedBarcode> barcode = DECODER.decode(image);
      if (barcode.isPresent()) {
        AamvaParser.parse(barcode.get().text());
      }
    } catch (DocumentException refused) {
      FuzzChecks.readableMessage(refused);
    }
  }
}
