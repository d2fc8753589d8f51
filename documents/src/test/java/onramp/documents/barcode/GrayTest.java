package onramp.documents.barcode;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class GrayTest {
  private static Gray random(int w, int h, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    byte[] px = new byte[w * h];
    for (int i = 0; i < px.length; i++) {
      px[i] = (byte) rnd.nextInt(256);
    }
    return new Gray(w, h, px);
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(
      ints = {
        java.awt.image.BufferedImage.TYPE_INT_RGB, java.awt.image.BufferedImage.TYPE_3BYTE_BGR,
        java.awt.image.BufferedImage.TYPE_BYTE_GRAY, java.awt.image.BufferedImage.TYPE_INT_ARGB,
        java.awt.image.BufferedImage.TYPE_USHORT_GRAY
      })
  void readsTheSameLuminanceFromEveryImageType(int type) {
    java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(3, 2, type);
    image.setRGB(0, 0, 0xFFFFFFFF);
    image.setRGB(1, 0, 0xFF000000);
    image.setRGB(2, 0, 0xFF808080);
    image.setRGB(0, 1, 0xFFFF0000);
    boolean colour = image.getColorModel().getNumColorComponents() == 3;

    Gray g = Gray.of(image);

    assertThat(g.at(0, 0)).isEqualTo(255);
    assertThat(g.at(1, 0)).isZero();
    if (colour) {
      // (Java's grey types store setRGB values through a linear-light conversion of their own.)
      assertThat(g.at(2, 0)).isBetween(120, 136);
      assertThat(g.at(0, 1)).isBetween(70, 85); // pure red is dark for a grey sensor: 0.3 luma
    }
  }

  @Test
  void readsTransparentPixelsAsWhitePaper() {
    java.awt.image.BufferedImage image =
        new java.awt.image.BufferedImage(1, 1, java.awt.image.BufferedImage.TYPE_INT_ARGB);

    assertThat(Gray.of(image).at(0, 0)).isEqualTo(255);
  }

  @Test
  void fourQuarterTurnsGiveTheSameImageBack() {
    Gray g = random(7, 4, 1);

    Gray once = g.quarterTurn();
    Gray back = once.quarterTurn().quarterTurn().quarterTurn();

    assertThat(once.width()).isEqualTo(4);
    assertThat(once.at(3, 0)).isEqualTo(g.at(0, 0)); // top-left goes to top-right, clockwise
    assertThat(back.pixels()).isEqualTo(g.pixels());
  }

  @Test
  void medianRemovesAnIsolatedSpeckButKeepsAnEdge() {
    byte[] px = new byte[25];
    for (int y = 0; y < 5; y++) {
      for (int x = 0; x < 5; x++) {
        px[y * 5 + x] = (byte) (x < 3 ? 0 : 255);
      }
    }
    px[6] = (byte) 255; // a white speck in the black half

    Gray m = new Gray(5, 5, px).median3();

    assertThat(m.at(1, 1)).isZero();
    assertThat(m.at(2, 2)).isZero();
    assertThat(m.at(3, 2)).isEqualTo(255);
  }

  @Test
  void shrinkingAveragesWholeBoxes() {
    Gray g = new Gray(2, 2, new byte[] {0, (byte) 200, (byte) 100, (byte) 100});

    Gray half = g.scaled(0.5);

    assertThat(half.width()).isEqualTo(1);
    assertThat(half.at(0, 0)).isEqualTo(100);
  }

  @Test
  void rotatingByZeroChangesNothingAndAQuarterSwapsTheSides() {
    Gray g = random(30, 10, 2);

    assertThat(g.rotated(0).pixels()).isEqualTo(g.pixels());
    assertThat(g.rotated(90).width()).isEqualTo(10);
    assertThat(g.rotated(90).height()).isEqualTo(30);
  }

  @Test
  void cropIsClippedToTheImage() {
    Gray g = random(10, 10, 3);

    Gray c = g.crop(-5, 8, 4, 20);

    assertThat(c.width()).isEqualTo(4);
    assertThat(c.height()).isEqualTo(2);
    assertThat(c.at(0, 0)).isEqualTo(g.at(0, 8));
  }

  @Test
  void enlargesBicubicallyKeepingFlatAreasFlatAndEdgesSharp() {
    byte[] px = new byte[8 * 2];
    for (int y = 0; y < 2; y++) {
      for (int x = 4; x < 8; x++) {
        px[y * 8 + x] = (byte) 200;
      }
    }
    Gray bars = new Gray(8, 2, px);

    Gray big = bars.enlargedBicubic(3);

    assertThat(big.width()).isEqualTo(24);
    assertThat(big.height()).isEqualTo(6);
    assertThat(big.at(0, 0)).isZero();
    assertThat(big.at(23, 5)).isEqualTo(200);
    // The edge stays at 12 (between source pixels 3 and 4): dark before, light after.
    assertThat(big.at(10, 3)).isLessThan(40);
    assertThat(big.at(13, 3)).isGreaterThan(160);
    Gray noise = random(17, 11, 5);
    Gray noiseBig = noise.enlargedBicubic(2);
    assertThat(noiseBig.at(2 * 7 + 1, 2 * 5 + 1)).isBetween(0, 255);
    assertThat(noise.enlargedBicubic(1)).isSameAs(noise);
  }
}
