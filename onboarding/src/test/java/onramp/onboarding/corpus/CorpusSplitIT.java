package onramp.onboarding.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import onramp.documents.specimen.SpecimenLayout;
import onramp.documents.specimen.Split;
import onramp.onboarding.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writes real corpora (a minute on a slow machine): the split and the rendering land in truth.json.
 */
class CorpusSplitIT {
  static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
  static final ObjectMapper JSON = new ObjectMapper();

  /** The walk through every scenario, written for real, in both splits. */
  @Test
  void writesTruthWithSplitRendererLayoutAndPhoto(@TempDir Path dev, @TempDir Path heldOut)
      throws IOException {
    int count = Scenario.values().length;
    CorpusWriter.write(dev, count, 11, TODAY, Split.DEV, i -> {});
    CorpusWriter.write(heldOut, 6, 11, TODAY, Split.HELD_OUT, i -> {});
    assertThat(JSON.readTree(dev.resolve("corpus.json").toFile()).path("split").asText())
        .isEqualTo("dev");
    assertThat(JSON.readTree(heldOut.resolve("corpus.json").toFile()).path("split").asText())
        .isEqualTo("heldout");
    for (int i = 1; i <= count; i++) {
      Path app = dev.resolve(String.format("app-%04d", i));
      JsonNode t = JSON.readTree(app.resolve("truth.json").toFile());
      Scenario s = Scenario.valueOf(t.path("scenario").asText());
      assertThat(t.path("split").asText()).isEqualTo("dev");
      assertThat(t.path("frontRenderer").asText()).isIn("classic", "specimen");
      String layout = t.path("frontLayout").asText();
      if (t.path("frontRenderer").asText().equals("specimen")) {
        assertThat(SpecimenLayout.valueOf(layout).split()).isEqualTo(Split.DEV);
      } else {
        assertThat(layout).isEqualTo("classic");
      }
      assertThat(t.path("photo").asText()).isIn("CLEAN", "MILD", "HARSH", "UNREADABLE");
      Outcome decision = Outcome.valueOf(t.path("decision").asText());
      if (s != Scenario.MULTIPLE_PROBLEMS) {
        assertThat(decision).isEqualTo(s.expected());
      }
      if (s == Scenario.PHOTOGRAPHED_I9) {
        assertThat(app.resolve("i9-page1.jpg")).exists();
        assertThat(app.resolve("i9.pdf")).doesNotExist();
        byte[] b = Files.readAllBytes(app.resolve("i9-page1.jpg"));
        assertThat(b[0] & 0xff).isEqualTo(0xFF);
        assertThat(b[1] & 0xff).isEqualTo(0xD8);
        assertThat(t.path("i9Mode").asText()).isEqualTo("PHOTOGRAPHED");
        assertThat(t.path("i9Source").asText()).isEqualTo("scan-ocr");
      }
    }
    // A held-out corpus of the same seed holds other people.
    JsonNode a = JSON.readTree(dev.resolve("app-0001/application.json").toFile());
    JsonNode b = JSON.readTree(heldOut.resolve("app-0001/application.json").toFile());
    assertThat(a.path("email").asText()).isNotEqualTo(b.path("email").asText());
    assertThat(
            JSON.readTree(heldOut.resolve("app-0001/truth.json").toFile()).path("split").asText())
        .isEqualTo("heldout");
  }
}
