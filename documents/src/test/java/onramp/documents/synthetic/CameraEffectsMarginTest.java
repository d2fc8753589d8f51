package onramp.documents.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The extra desk margin (a small card in a large photo) leaves every existing photo as it was. */
class CameraEffectsMarginTest {
  static BufferedImage card() {
    BufferedImage card = new BufferedImage(400, 250, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = card.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 400, 250);
    g.setColor(Color.BLACK);
    g.fillRect(40, 60, 320, 150);
    g.dispose();
    return card;
  }

  @Test
  void zeroMarginIsThePhotoAsBefore() {
    Camera camera = Camera.random(new SplittableRandom(4), Severity.MILD);
    BufferedImage a = CameraEffects.apply(card(), camera);
    BufferedImage b = CameraEffects.apply(card(), camera, 0);
    assertThat(b.getRGB(0, 0, b.getWidth(), b.getHeight(), null, 0, b.getWidth()))
        .isEqualTo(a.getRGB(0, 0, a.getWidth(), a.getHeight(), null, 0, a.getWidth()));
  }

  @Test
  void aMarginPutsMoreDeskRoundTheCard() {
    Camera camera = Camera.random(new SplittableRandom(4), Severity.HARSH).withScale(0.5);
    BufferedImage plain = CameraEffects.apply(card(), camera);
    BufferedImage wide = CameraEffects.apply(card(), camera, 1.5);
    assertThat(wide.getWidth()).isGreaterThan(plain.getWidth() * 2);
  }
}
