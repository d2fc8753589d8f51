package onramp.app.ops.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LicenceFrontOcrStatusTest {
  @TempDir Path tessdata;

  @Test
  void isOnWhenTheEnglishModelIsInTheFolder() throws Exception {
    Files.writeString(tessdata.resolve("eng.traineddata"), "model");

    ComponentStatus status = new LicenceFrontOcrStatus(tessdata).status();

    assertThat(status.on()).isTrue();
    assertThat(status.detail()).contains(tessdata.resolve("eng.traineddata").toString());
  }

  @Test
  void isOffAndSaysHowToFixItWhenTheModelIsMissing() {
    ComponentStatus status = new LicenceFrontOcrStatus(tessdata).status();

    assertThat(status.on()).isFalse();
    assertThat(status.detail())
        .contains("no eng.traineddata in " + tessdata)
        .contains("TESSDATA_PREFIX", "shipped in the jar");
  }
}
