package onramp.documents.i9;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class PageImagesTest {
  /** White, with black rectangles at the given x ranges (full height but a margin). */
  private static BufferedImage withInk(int width, int... fromTo) {
    BufferedImage image = new BufferedImage(width, 40, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, width, 40);
    g.setColor(Color.BLACK);
    for (int i = 0; i < fromTo.length; i += 2) {
      g.fillRect(fromTo[i], 8, fromTo[i + 1] - fromTo[i], 24);
    }
    g.dispose();
    return image;
  }

  @Test
  void erasesTheSliverOfACutLetterAtTheRightEdgeOnly() {
    BufferedImage sliver = withInk(100, 10, 30, 60, 80, 97, 99);
    PageImages.eraseSliverAtRight(sliver, 3, 2);
    assertThat(dark(sliver)).isEqualTo(2 * 20 * 24);

    BufferedImage wholeLetter = withInk(100, 10, 30, 90, 99);
    PageImages.eraseSliverAtRight(wholeLetter, 3, 2);
    assertThat(dark(wholeLetter)).isEqualTo(20 * 24 + 9 * 24);

    BufferedImage awayFromTheEdge = withInk(100, 10, 30, 90, 92);
    PageImages.eraseSliverAtRight(awayFromTheEdge, 3, 2);
    assertThat(dark(awayFromTheEdge)).isEqualTo(20 * 24 + 2 * 24);
  }

  @Test
  void packsCombCharactersTogetherAndDropsSpecks() {
    BufferedImage comb = withInk(300, 10, 20, 110, 120, 210, 220);
    comb.getRaster().setSample(160, 20, 0, 0);

    BufferedImage packed = PageImages.compacted(comb, 4).orElseThrow();

    assertThat(packed.getWidth()).isLessThan(60);
    assertThat(dark(packed)).isEqualTo(3 * 10 * 24);
    assertThat(PageImages.compacted(withInk(50), 4)).isEmpty();
  }

  private static int dark(BufferedImage image) {
    int n = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        n += image.getRaster().getSample(x, y, 0) < 128 ? 1 : 0;
      }
    }
    return n;
  }
}
