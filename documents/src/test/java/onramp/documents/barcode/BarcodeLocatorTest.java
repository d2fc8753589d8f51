package onramp.documents.barcode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import onramp.documents.synthetic.Camera;
import onramp.documents.synthetic.CameraEffects;
import onramp.documents.synthetic.LicenceBackRenderer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BarcodeLocatorTest {
  @ParameterizedTest(name = "card turned {0}°")
  @ValueSource(doubles = {0, 4, -9, 14, 90})
  void findsTheSymbolAndHowFarItIsTurned(double degrees) {
    String payload = Fixtures.payload("benhovinga-v10.txt");
    BufferedImage card = LicenceBackRenderer.render(payload, Fixtures.styleFor(payload));
    BufferedImage photo = CameraEffects.apply(card, new Camera(degrees, 0, 0.5, 3, 0, 0, 0.9, 7));

    BarcodeLocator.Region region = BarcodeLocator.locate(Gray.of(photo)).orElseThrow();

    // Turning the photo by the correction makes the bars vertical again (mod 180°), to within
    // the 2–3° that pixel-difference gradients lean towards the diagonals at 2–4 px modules; the
    // decoder measures again on the turned crop, and rectifies.
    double residual = Math.IEEEremainder(region.correction() + degrees, 180);
    assertThat(residual).isCloseTo(0, within(2.5));
    // The symbol is most of the card's lower two thirds: a large region, not a word of text.
    assertThat((region.x1() - region.x0()) * (region.y1() - region.y0()))
        .isGreaterThan(photo.getWidth() * photo.getHeight() / 8);
  }
}
