package onramp.onboarding.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import onramp.onboarding.Verification;
import onramp.onboarding.identity.Names;
import org.jspecify.annotations.Nullable;

/**
 * Per-field accuracy by source: each true field value is compared with what the decision line
 * reports for it, grouped as "dl/barcode", "dlFront/front-ocr", "i9/form-field", "i9/scan-ocr". A
 * field the reader did not produce counts as wrong, and so does every field of an I-9 that was not
 * read at all.
 */
final class FieldScoring {
  private FieldScoring() {}

  /**
   * Scores one application's fields into {@code scores}; returns its licence-front fields as
   * {correct, total}.
   */
  @SuppressWarnings("unchecked")
  static int[] score(Verification v, JsonNode root, Map<String, int[]> scores) {
    int[] frontScore = new int[2];
    JsonNode truth = root.path("fields");
    Map<String, Object> dl = (Map<String, Object>) v.fields().getOrDefault("dl", Map.of());
    Map<String, Object> evidence = (Map<String, Object>) dl.getOrDefault("evidence", Map.of());
    if (root.path("barcodeReadable").asBoolean(true)) {
      compare(truth.path("dl"), dl, "dl/barcode", scores);
    }
    JsonNode front = truth.path("dlFront");
    for (Iterator<String> it = front.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      Map<String, Object> e = (Map<String, Object>) evidence.getOrDefault(key, Map.of());
      Map<String, Object> read = (Map<String, Object>) e.getOrDefault("front", Map.of());
      Object source = read.getOrDefault("source", "front-ocr");
      boolean ok = equal(front.path(key).asText(), read.get("value"));
      add(scores, "dlFront/" + source, ok);
      frontScore[0] += ok ? 1 : 0;
      frontScore[1]++;
    }
    Map<String, Object> i9 = (Map<String, Object>) v.fields().getOrDefault("i9", Map.of());
    if (truth.has("i9")) {
      // An I-9 the verifier did not read at all scores every true field as wrong, under the source
      // it should have been read by (truth.json's i9Source), not left out of the figures.
      String source =
          i9.isEmpty()
              ? root.path("i9Source").asText("unread")
              : String.valueOf(i9.getOrDefault("source", "unknown"));
      compare(truth.path("i9"), i9, "i9/" + source, scores);
    }
    return frontScore;
  }

  private static void compare(
      JsonNode truth, Map<String, Object> actual, String group, Map<String, int[]> scores) {
    for (Iterator<String> it = truth.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      add(scores, group, equal(truth.path(key).asText(), actual.get(key)));
    }
  }

  private static boolean equal(String expected, @Nullable Object actual) {
    if (actual == null) {
      return expected.isEmpty();
    }
    String a = actual.toString();
    return expected.equals(a) || Names.normalise(expected).equals(Names.normalise(a));
  }

  private static void add(Map<String, int[]> scores, String group, boolean ok) {
    int[] s = scores.computeIfAbsent(group, k -> new int[2]);
    s[0] += ok ? 1 : 0;
    s[1]++;
  }
}
