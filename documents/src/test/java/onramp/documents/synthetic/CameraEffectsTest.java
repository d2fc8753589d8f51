package onramp.documents.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.SplittableRandom;
import onramp.documents.image.ImageBytes;
import onramp.documents.image.SafeImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CameraEffectsTest {
  private static BufferedImage card() {
    BufferedImage card = new BufferedImage(400, 250, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = card.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 400, 250);
    g.setColor(Color.BLACK);
    g.fillRect(40, 60, 320, 150);
    g.dispose();
    return card;
  }

  private static int[] pixels(BufferedImage image) {
    return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
  }

  @Test
  void isDeterministicForASeed() {
    Camera camera = new Camera(7, 0.1, 1.0, 8, 0.4, 75, 0.8, 42);

    BufferedImage a = CameraEffects.apply(card(), camera);
    BufferedImage b = CameraEffects.apply(card(), camera);

    assertThat(pixels(a)).isEqualTo(pixels(b));
  }

  @Test
  void differentSeedsGiveDifferentPhotos() {
    BufferedImage a = CameraEffects.apply(card(), new Camera(0, 0, 0, 5, 0, 0, 1, 1));
    BufferedImage b = CameraEffects.apply(card(), new Camera(0, 0, 0, 5, 0, 0, 1, 2));

    assertThat(pixels(a)).isNotEqualTo(pixels(b));
  }

  @Test
  void placesTheCardOnALargerBackgroundAtTheRequestedScale() {
    BufferedImage photo = CameraEffects.apply(card(), Camera.none());
    BufferedImage half = CameraEffects.apply(card(), Camera.none().withScale(0.5));

    assertThat(photo.getWidth()).isGreaterThan(400);
    assertThat(photo.getHeight()).isGreaterThan(250);
    assertThat(half.getWidth()).isBetween(200, photo.getWidth() / 2 + 2);
  }

  @Test
  void aQuarterTurnPhotographsTheCardSideways() {
    BufferedImage upright = CameraEffects.apply(card(), Camera.none());
    BufferedImage sideways = CameraEffects.apply(card(), Camera.none().turned(1));

    assertThat(upright.getWidth()).isGreaterThan(upright.getHeight());
    assertThat(sideways.getHeight()).isGreaterThan(sideways.getWidth());
  }

  @Test
  void keepsTheCardContentWithoutEffects() {
    BufferedImage photo = CameraEffects.apply(card(), Camera.none());
    int cx = photo.getWidth() / 2;
    int cy = photo.getHeight() / 2;
    int centre = photo.getRGB(cx, cy) & 0xff;

    // The black block sits at the card's centre; lighting darkens, never lightens, by ≤ 20%.
    assertThat(centre).isLessThan(40);
  }

  @Test
  void jpegReencodingChangesPixelsButNotSize() {
    BufferedImage lossless = CameraEffects.apply(card(), new Camera(0, 0, 0, 0, 0, 0, 1, 3));
    BufferedImage jpeg = CameraEffects.apply(card(), new Camera(0, 0, 0, 0, 0, 30, 1, 3));

    assertThat(jpeg.getWidth()).isEqualTo(lossless.getWidth());
    assertThat(pixels(jpeg)).isNotEqualTo(pixels(lossless));
  }

  @ParameterizedTest
  @EnumSource(Severity.class)
  void randomCamerasAreValidAndReproducible(Severity severity) {
    Camera a = Camera.random(new SplittableRandom(9), severity);
    Camera b = Camera.random(new SplittableRandom(9), severity);

    assertThat(a).isEqualTo(b);
    assertThat(a.scale()).isPositive();
  }

  @Test
  void harsherSeveritiesBlurMoreAndShrinkMore() {
    SplittableRandom rnd = new SplittableRandom(11);
    double cleanBlur = 0, harshBlur = 0, cleanScale = 0, unreadableScale = 0;
    for (int i = 0; i < 50; i++) {
      cleanBlur += Camera.random(rnd, Severity.CLEAN).blurRadius();
      harshBlur += Camera.random(rnd, Severity.HARSH).blurRadius();
      cleanScale += Camera.random(rnd, Severity.CLEAN).scale();
      unreadableScale += Camera.random(rnd, Severity.UNREADABLE).scale();
    }

    assertThat(harshBlur).isGreaterThan(cleanBlur);
    assertThat(unreadableScale).isLessThan(cleanScale / 2);
  }

  @Test
  void rejectsImpossibleSettingsWithTheirName() {
    assertThatThrownBy(() -> new Camera(0, 0, 0, 0, 0, 101, 1, 0))
        .hasMessageContaining("jpegQuality");
    assertThatThrownBy(() -> new Camera(0, 0, -1, 0, 0, 0, 1, 0))
        .hasMessageContaining("blurRadius");
  }

  @Test
  void encodesPngAndJpegThatSafeImagesReadsBack() {
    BufferedImage photo = CameraEffects.apply(card(), Camera.none());

    assertThat(SafeImages.read("p.png", ImageBytes.toPng(photo)).getWidth())
        .isEqualTo(photo.getWidth());
    assertThat(SafeImages.read("p.jpg", ImageBytes.toJpeg(photo, 80)).getHeight())
        .isEqualTo(photo.getHeight());
  }
}
