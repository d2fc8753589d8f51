package onramp.documents.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import onramp.documents.i9.I9Exception;
import onramp.documents.i9.I9Reader;

/**
 * The check an uploaded PDF passes before it is stored ({@link I9Reader#checkLimits}: size, header,
 * encryption, page tree, content and image sizes) on arbitrary bytes: it passes or refuses with
 * {@link I9Exception}. Faster per input than {@link I9ReaderFuzzTest}: nothing is rendered.
 */
class PdfLimitsFuzzTest {
  @FuzzTest(maxDuration = "5m")
  void acceptsOrRefusesAnyPdf(byte[] pdf) {
    try {
      I9Reader.checkLimits("Form I-9", pdf);
    } catch (I9Exception refused) {
      FuzzChecks.readableMessage(refused);
    }
  }
}
