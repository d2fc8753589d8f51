package onramp.documents.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import onramp.documents.aamva.AamvaFormatException;
import onramp.documents.aamva.AamvaParser;

/**
 * The AAMVA parser on arbitrary barcode text: it returns a licence or refuses with {@link
 * AamvaFormatException}; any other exception, a hang or a stack overflow is a finding. Seeds: the
 * public payloads of ../shared/data/aamva (SOURCES.md there), in AamvaParserFuzzTestInputs.
 */
class AamvaParserFuzzTest {
  @FuzzTest(maxDuration = "5m")
  void parsesOrRefusesAnyPayload(byte[] payload) {
    // A PDF417 barcode carries bytes; the decoder hands them over as ISO-8859-1 text.
    String text = new String(payload, StandardCharsets.ISO_8859_1);
    try {
      AamvaParser.parse(text);
    } catch (AamvaFormatException refused) {
      FuzzChecks.readableMessage(refused);
    }
  }
}
