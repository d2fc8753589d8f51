package onramp.documents.specimen;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PaperPhotosTest {
  static BufferedImage page() {
    BufferedImage page = new BufferedImage(1700, 2200, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = page.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 1700, 2200);
    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 40));
    for (int y = 200; y < 2100; y += 80) {
      g.drawString(
          "Employment Eligibility Verification  Section 1  Last Name (Family Name)", 120, y);
    }
    g.dispose();
    return page;
  }

  @Test
  void putsThePageOnADeskTurnedAndShaded() throws Exception {
    BufferedImage page = page();
    BufferedImage photo = PaperPhotos.photograph(page, 5);
    assertThat(photo.getWidth()).isGreaterThan(1700);
    assertThat(photo.getHeight()).isGreaterThan(2200);
    // Desk, not paper, in the corners; paper in the middle.
    assertThat(brightness(photo.getRGB(2, 2))).isLessThan(235);
    assertThat(brightness(photo.getRGB(photo.getWidth() - 3, photo.getHeight() - 3)))
        .isLessThan(235);
    int mid = photo.getRGB(photo.getWidth() / 2 + 3, photo.getHeight() / 2 + 37);
    assertThat(brightness(mid)).isGreaterThan(60);
    BufferedImage jpeg = ImageIO.read(new ByteArrayInputStream(PaperPhotos.jpeg(page, 5)));
    assertThat(jpeg.getWidth()).isEqualTo(photo.getWidth());
    String dir = System.getProperty("specimen.png");
    if (dir != null) {
      ImageIO.write(jpeg, "jpg", Path.of(dir, "paper-photo.jpg").toFile());
    }
  }

  @Test
  void isDeterministicForASeed() {
    BufferedImage page = page();
    assertThat(PaperPhotos.jpeg(page, 9)).isEqualTo(PaperPhotos.jpeg(page, 9));
    assertThat(PaperPhotos.jpeg(page, 9)).isNotEqualTo(PaperPhotos.jpeg(page, 10));
  }

  private static int brightness(int rgb) {
    return (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff)) / 3;
  }
}
