package onramp.documents.front;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.util.Optional;
import java.util.SplittableRandom;
import onramp.documents.synthetic.Camera;
import onramp.documents.synthetic.CameraEffects;
import onramp.documents.synthetic.FrontStyle;
import onramp.documents.synthetic.LicenceFrontRenderer;
import onramp.documents.synthetic.SampleFronts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Fronts photographed on a desk ({@link CameraEffects}): the card is found, rectified and read. */
class PhotoReadingTest {
  @ParameterizedTest
  @ValueSource(doubles = {0.7, 1.0, 1.2})
  void findsAFlatCardOfTheSizeItWasPhotographedAt(double scale) {
    BufferedImage card =
        LicenceFrontRenderer.render(
            SampleFronts.random(new SplittableRandom(3)), FrontStyle.standard());
    BufferedImage photo = CameraEffects.apply(card, Camera.none().withScale(scale).withSeed(5));

    Point2D[] quad = CardLocator.locate(photo).orElseThrow();

    double expected = Rectify.CARD_WIDTH * Rectify.CARD_HEIGHT * scale * scale;
    assertThat(Quad.area(quad)).isBetween(0.95 * expected, 1.12 * expected);
    assertThat(quad[0].distance(quad[1])).isGreaterThan(quad[1].distance(quad[2]));
    assertThat(quad[0].getX()).isLessThan(quad[1].getX());
    assertThat(quad[0].getY()).isLessThan(quad[3].getY());
  }

  @Test
  void findsACardTurnedAFewDegreesWithItsTopEdgeFirst() {
    BufferedImage card =
        LicenceFrontRenderer.render(
            SampleFronts.random(new SplittableRandom(4)), FrontStyle.standard());
    BufferedImage photo = CameraEffects.apply(card, Camera.none().withRotation(4).withSeed(9));

    Point2D[] quad = CardLocator.locate(photo).orElseThrow();

    double degrees =
        Math.toDegrees(
            Math.atan2(quad[1].getY() - quad[0].getY(), quad[1].getX() - quad[0].getX()));
    assertThat(degrees).isBetween(-5.0, -3.0);
  }

  @Test
  void findsNoCardInAnEmptyFrame() {
    BufferedImage blank = new BufferedImage(800, 500, BufferedImage.TYPE_INT_RGB);
    java.awt.Graphics2D g = blank.createGraphics();
    g.setColor(new java.awt.Color(0x8B5A2B));
    g.fillRect(0, 0, 800, 500);
    g.dispose();

    Optional<Point2D[]> quad = CardLocator.locate(blank);

    assertThat(quad).isEmpty();
  }
}
