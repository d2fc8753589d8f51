package onramp.documents.front;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import onramp.documents.synthetic.FrontStyle;
import onramp.documents.synthetic.LicenceFrontRenderer;
import onramp.documents.synthetic.SampleFronts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Damaged, turned, empty and garbage images; a machine without the model; several threads. */
class FrontReaderRobustnessTest {
  static FrontReader reader;
  static BufferedImage clean;
  static Map<FrontField, String> expected;

  @BeforeAll
  static void needsTesseract() {
    reader = SharedFrontReader.get();
    assertTrue(reader.availability().available(), reader.availability().reason());
    clean = LicenceFrontRenderer.render(Cards.caroline(), FrontStyle.standard());
    expected = SampleFronts.expected(Cards.caroline());
  }

  @ParameterizedTest(name = "turned {0}°")
  @ValueSource(ints = {90, 180, 270})
  void readsACardPhotographedSidewaysOrUpsideDown(int degrees) {
    FrontReading reading = reader.read(Degrade.rotate(clean, degrees));

    assertThat(FrontReaderTest.values(reading)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "skewed {0}°")
  @ValueSource(doubles = {-4, 3})
  void straightensASlightlySkewedCard(double degrees) {
    FrontReading reading = reader.read(Degrade.rotate(clean, degrees));

    assertThat(FrontReaderTest.values(reading)).isEqualTo(expected);
  }

  @Test
  void readsASmallPhotoAfterUpscaling() {
    FrontReading reading = reader.read(Degrade.scale(clean, 0.6));

    assertThat(FrontReaderTest.values(reading)).isEqualTo(expected);
  }

  @Test
  void heavyBlurLowersConfidenceOrLosesFields() {
    FrontReading sharp = reader.read(clean);
    FrontReading blurred = reader.read(Degrade.blur(Degrade.scale(clean, 0.5), 2));

    assertThat(score(blurred)).isLessThan(score(sharp) * 0.9);
  }

  @Test
  void noiseAndLowResolutionLowerConfidenceOrLoseFields() {
    FrontReading sharp = reader.read(clean);
    FrontReading damaged = reader.read(Degrade.noise(Degrade.scale(clean, 0.3), 60, 3));

    assertThat(score(damaged)).isLessThan(score(sharp) * 0.9);
  }

  @Test
  void aBlankImageGivesNoFields() {
    BufferedImage blank = new BufferedImage(1012, 638, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = blank.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 1012, 638);
    g.dispose();

    assertThat(reader.read(blank).fields()).isEmpty();
  }

  @Test
  void randomNoiseGivesNothingTrustworthy() {
    BufferedImage noise = new BufferedImage(1012, 638, BufferedImage.TYPE_INT_RGB);
    SplittableRandom random = new SplittableRandom(11);
    for (int y = 0; y < noise.getHeight(); y++) {
      for (int x = 0; x < noise.getWidth(); x++) {
        noise.setRGB(x, y, random.nextInt(0x1000000));
      }
    }

    FrontReading reading = reader.read(noise);

    assertThat(reading.fields().values())
        .allSatisfy(e -> assertThat(e.confidence()).isLessThan(0.6));
  }

  @Test
  void aTinyImageGivesNoFields() {
    assertThat(reader.read(new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB)).fields()).isEmpty();
  }

  @Test
  void saysPlainlyWhenTheModelIsMissing(@TempDir Path empty) {
    try (FrontReader missing = FrontReader.using(empty)) {
      assertThat(missing.availability().available()).isFalse();
      assertThat(missing.availability().reason())
          .contains("eng.traineddata", "tesseract-ocr-eng", "onramp.tessdata");
      assertThat(missing.read(clean).fields()).isEmpty();
    }
  }

  @Test
  void readsOnSeveralThreadsAtOnce() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      var futures =
          java.util.stream.IntStream.range(0, 3)
              .mapToObj(i -> pool.submit(() -> reader.read(clean)))
              .toList();
      for (Future<FrontReading> future : futures) {
        assertThat(FrontReaderTest.values(future.get())).isEqualTo(expected);
      }
    } finally {
      pool.shutdown();
    }
  }

  /** Fields read exactly, weighted by confidence: what a damaged image should lose. */
  private static double score(FrontReading reading) {
    return reading.fields().entrySet().stream()
        .filter(e -> e.getValue().value().equals(expected.get(e.getKey())))
        .mapToDouble(e -> e.getValue().confidence())
        .sum();
  }
}
