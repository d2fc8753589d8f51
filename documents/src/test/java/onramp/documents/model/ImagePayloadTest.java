package onramp.documents.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Random;
import javax.imageio.ImageIO;
import onramp.gateway.Content;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImagePayloadTest {

  @ParameterizedTest(name = "{0}x{1} is sent as {2}x{3}")
  @CsvSource({
    "1012, 638, 1012, 638",
    "4000, 2520, 1350, 851",
    "2550, 3300, 942, 1219",
    "3000, 200, 1568, 105",
    "300, 5000, 94, 1568",
  })
  void scalesDownToTheVendorsLimitsKeepingTheAspect(int w, int h, int sentW, int sentH) {
    BufferedImage scaled =
        ImagePayload.scaled(new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY));

    assertThat(scaled.getWidth()).isEqualTo(sentW);
    assertThat(scaled.getHeight()).isEqualTo(sentH);
    assertThat(Math.max(sentW, sentH)).isLessThanOrEqualTo(ImagePayload.MAX_LONG_SIDE);
    assertThat((long) sentW * sentH).isLessThanOrEqualTo(ImagePayload.MAX_PIXELS);
  }

  @Test
  void sendsAScannedPageAsPngAndAPhotoAsJpeg() throws IOException {
    BufferedImage page = new BufferedImage(850, 1100, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = page.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 850, 1100);
    g.setColor(Color.BLACK);
    for (int line = 0; line < 40; line++) {
      g.drawString(
          "Last Name (Family Name)   First Name (Given Name)   Middle Initial", 40, 40 + line * 25);
    }
    g.dispose();
    Content.Image scan = ImagePayload.of(page);
    BufferedImage photo = new BufferedImage(800, 500, BufferedImage.TYPE_INT_RGB);
    Random random = new Random(7);
    for (int y = 0; y < 500; y++) {
      for (int x = 0; x < 800; x++) {
        photo.setRGB(x, y, random.nextInt(0xffffff));
      }
    }

    assertThat(scan.mediaType()).isEqualTo("image/png");
    assertThat(ImageIO.read(new ByteArrayInputStream(scan.bytes())).getWidth()).isEqualTo(850);
    assertThat(ImagePayload.of(photo).mediaType()).isEqualTo("image/jpeg");
  }

  @Test
  void flattensTransparencyOntoWhite() {
    BufferedImage clear = new BufferedImage(10, 10, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = clear.createGraphics();
    g.setColor(Color.BLACK);
    g.fillRect(0, 0, 5, 10);
    g.dispose();

    BufferedImage scaled = ImagePayload.scaled(clear);

    assertThat(scaled.getRGB(8, 5) & 0xffffff).isEqualTo(0xffffff);
    assertThat(scaled.getRGB(1, 5) & 0xffffff).isEqualTo(0x000000);
  }
}
