package onramp.onboarding.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import onramp.onboarding.Outcome;
import onramp.onboarding.Verification;
import org.junit.jupiter.api.Test;

class FieldScoringTest {
  static final ObjectMapper JSON = new ObjectMapper();

  static JsonNode truth(String i9Source) throws Exception {
    return JSON.readTree(
        """
        {"barcodeReadable": false, "i9Source": "%s",
         "fields": {"dlFront": {"lastName": "QUINN", "dateOfBirth": "1990-01-02"},
                    "i9": {"lastName": "QUINN", "ssnLast4": "1234", "section1SignedOn": "2026-11-01"}}}
        """
            .formatted(i9Source));
  }

  @Test
  void anI9ThatWasNotReadCountsEveryTrueFieldAsWrong() throws Exception {
    Map<String, int[]> scores = new TreeMap<>();
    Verification v = new Verification("app", Outcome.NEEDS_REVIEW, List.of(), Map.of(), 1);
    int[] front = FieldScoring.score(v, truth("scan-ocr"), scores);
    assertThat(scores.get("i9/scan-ocr")).containsExactly(0, 3);
    assertThat(front).containsExactly(0, 2);
  }

  @Test
  void anI9ThatWasReadIsScoredUnderItsSource() throws Exception {
    Map<String, int[]> scores = new TreeMap<>();
    Verification v =
        new Verification(
            "app",
            Outcome.APPROVED,
            List.of(),
            Map.of("i9", Map.of("source", "form-field", "lastName", "QUINN", "ssnLast4", "1234")),
            1);
    FieldScoring.score(v, truth("form-field"), scores);
    assertThat(scores.get("i9/form-field")).containsExactly(2, 3);
  }
}
