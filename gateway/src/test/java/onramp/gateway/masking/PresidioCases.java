package onramp.gateway.masking;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Presidio's public recognizer cases (test resources pii/presidio, MIT) as labelled cases.
 *
 * <p>Mapping: a row's spans are of the type its test file is about. A positive whose expected score
 * range tops out below 0.5 (Presidio's own "weak guess without context", e.g. nine bare digits as a
 * passport) is ignored, as are host-only URLs (our URL policy), and phone rows for leniencies other
 * than Presidio's default 1.
 */
final class PresidioCases {
  static final Map<String, EntityType> FILES =
      Map.ofEntries(
          Map.entry("test_us_ssn_recognizer.py", EntityType.SSN),
          Map.entry("test_credit_card_recognizer.py", EntityType.CREDIT_CARD),
          Map.entry("test_phone_recognizer.py", EntityType.PHONE),
          Map.entry("test_email_recognizer.py", EntityType.EMAIL),
          Map.entry("test_us_passport_recognizer.py", EntityType.PASSPORT),
          Map.entry("test_us_bank_recognizer.py", EntityType.BANK_ACCOUNT),
          Map.entry("test_ip_recognizer.py", EntityType.IP_ADDRESS),
          Map.entry("test_us_driver_license_recognizer.py", EntityType.DRIVER_LICENSE),
          Map.entry("test_us_itin_recognizer.py", EntityType.ITIN),
          Map.entry("test_iban_recognizer.py", EntityType.IBAN),
          Map.entry("test_url_recognizer.py", EntityType.URL));
  static final Map<String, EntityType> CONTEXT_TYPES =
      Map.of(
          "US_SSN", EntityType.SSN,
          "PHONE_NUMBER", EntityType.PHONE,
          "US_ITIN", EntityType.ITIN,
          "IP_ADDRESS", EntityType.IP_ADDRESS,
          "US_DRIVER_LICENSE", EntityType.DRIVER_LICENSE,
          "US_BANK_NUMBER", EntityType.BANK_ACCOUNT,
          "US_PASSPORT", EntityType.PASSPORT);

  private PresidioCases() {}

  static List<LabelledCase> recognizerCases() {
    JsonNode root = json("/pii/presidio/recognizer_test_cases.json");
    List<LabelledCase> cases = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> file = it.next();
      EntityType type =
          Objects.requireNonNull(FILES.get(file.getKey()), "no entity type for " + file.getKey());
      for (JsonNode table : file.getValue().get("tables")) {
        List<String> columns = new ArrayList<>();
        table.get("columns").forEach(c -> columns.add(c.asText()));
        for (JsonNode row : table.get("rows")) {
          row(file.getKey(), type, columns, row).ifPresent(cases::add);
        }
      }
    }
    return cases;
  }

  private static Optional<LabelledCase> row(
      String file, EntityType type, List<String> columns, JsonNode row) {
    int leniency = columns.indexOf("leniency");
    if (leniency >= 0 && row.get(leniency).asInt() != 1) {
      return Optional.empty();
    }
    String text =
        row.get(columns.contains("text") ? columns.indexOf("text") : columns.indexOf("iban"))
            .asText();
    int expectedLen = row.get(columns.indexOf("expected_len")).asInt();
    int positionsAt =
        columns.contains("expected_positions")
            ? columns.indexOf("expected_positions")
            : columns.indexOf("expected_res");
    JsonNode positions = row.get(positionsAt);
    List<LabelledCase.Span> expected = new ArrayList<>();
    List<LabelledCase.Span> ignored = new ArrayList<>();
    for (int i = 0; i < expectedLen; i++) {
      LabelledCase.Span span =
          positions.size() > i
              ? new LabelledCase.Span(
                  type, positions.get(i).get(0).asInt(), positions.get(i).get(1).asInt())
              : new LabelledCase.Span(type, 0, text.length());
      if (weak(columns, row, i)
          || (type == EntityType.URL && hostOnly(text.substring(span.start(), span.end())))) {
        ignored.add(span);
      } else {
        expected.add(span);
      }
    }
    return Optional.of(
        new LabelledCase(
            "presidio:" + file,
            text,
            MaskingContext.none(),
            expected,
            ignored,
            Optional.of(type),
            false));
  }

  private static boolean weak(List<String> columns, JsonNode row, int i) {
    int ranges = columns.indexOf("expected_score_ranges");
    if (ranges >= 0 && row.get(ranges).size() > i) {
      return row.get(ranges).get(i).get(1).asDouble() < 0.5;
    }
    int score = columns.indexOf("expected_score");
    return score >= 0 && row.get(score).asDouble() >= 0 && row.get(score).asDouble() < 0.5;
  }

  static boolean hostOnly(String url) {
    String rest = url.replaceAll("^[\"']|[\"']$", "").replaceFirst("^[a-z]+://", "");
    int slash = rest.indexOf('/');
    return slash < 0 || slash == rest.length() - 1;
  }

  static List<LabelledCase> contextSentences() {
    List<LabelledCase> cases = new ArrayList<>();
    String[] lines = text("/pii/presidio/context_sentences_tests.txt").split("\n");
    String pendingType = null;
    for (String raw : lines) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (pendingType == null) {
        pendingType = line;
        continue;
      }
      EntityType type = CONTEXT_TYPES.get(pendingType);
      if (type != null) {
        cases.add(
            new LabelledCase(
                "presidio:context",
                line,
                MaskingContext.none(),
                List.of(),
                List.of(),
                Optional.of(type),
                true));
      }
      pendingType = null;
    }
    return cases;
  }

  static JsonNode json(String resource) {
    try {
      return new ObjectMapper().readTree(text(resource));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(String resource) {
    try (InputStream in = PresidioCases.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the test resources");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
