package onramp.onboarding.application;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * The {@code application.json} reader on arbitrary text: an application, or {@link
 * InvalidApplicationException} whose message names the file and no Java class. Seeds: the signup
 * JSON of this module's tests and a nesting bomb.
 */
class ApplicationReaderFuzzTest {
  @FuzzTest(maxDuration = "5m")
  void readsOrRefusesAnyText(byte[] bytes) {
    // application.json is read as UTF-8 text.
    String json = new String(bytes, StandardCharsets.UTF_8);
    try {
      ApplicationReader.parse(json);
    } catch (InvalidApplicationException refused) {
      String message = refused.getMessage();
      // A value the applicant typed is quoted back to them ("was \"18/04/1990\""): a class name
      // counts only where the input did not hold it.
      if (!message.startsWith("application.json: ")
          || (message.contains("Exception") && !json.contains("Exception"))
          || (message.contains("java.") && !json.contains("java."))) {
        throw new IllegalStateException("an unclear refusal: " + message, refused);
      }
    }
  }
}
