package onramp.documents.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import onramp.documents.i9.I9Exception;
import onramp.documents.i9.I9Reader;
import onramp.documents.ocr.OcrUnavailableException;

/**
 * The Form I-9 reader on arbitrary PDF bytes: a form, or {@link I9Exception}. OCR is pointed at a
 * folder without a model so a flattened page ends in {@link OcrUnavailableException} instead of
 * seconds of Tesseract per input: the PDF handling is what is fuzzed. Seeds: the official form
 * (../shared/data/i9, public domain), filled and flattened copies, and the bad PDFs of the tests.
 */
class I9ReaderFuzzTest {
  private static final I9Reader READER = I9Reader.using(Path.of("target/no-tessdata"));

  @FuzzTest(maxDuration = "5m")
  void readsOrRefusesAnyPdf(byte[] pdf) {
    try {
      READER.read("i9.pdf", pdf);
    } catch (I9Exception refused) {
      FuzzChecks.readableMessage(refused);
    } catch (OcrUnavailableException expected) {
      // a well-formed flattened page: the reader got as far as OCR
    }
  }
}
