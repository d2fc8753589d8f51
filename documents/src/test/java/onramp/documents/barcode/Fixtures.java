package onramp.documents.barcode;

import java.awt.geom.AffineTransform;
import java.awt.image.AffineTransformOp;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import javax.imageio.ImageIO;
import onramp.documents.synthetic.BackStyle;
import onramp.documents.synthetic.LicenceBackRenderer;

/** Test resources and small image helpers shared by the barcode tests. */
final class Fixtures {
  static final List<String> PAYLOAD_FILES =
      List.of(
          "benhovinga-v01.txt",
          "benhovinga-v10.txt",
          "idparser-Ids_TN.txt",
          "idparser-Licenses_AK.txt",
          "idparser-Licenses_CO_2013.txt",
          "idparser-Licenses_CT_Undefined_Characters.txt",
          "idparser-Licenses_GA.txt",
          "idparser-Licenses_ON.txt");

  private Fixtures() {}

  static byte[] bytes(String resource) {
    try (InputStream in =
        Objects.requireNonNull(Fixtures.class.getResourceAsStream("/" + resource), resource)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A payload as the barcode carries it: UTF-8 file, BOM dropped, one char per byte. */
  static String payload(String file) {
    String text = new String(bytes("barcode-payloads/" + file), StandardCharsets.UTF_8);
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /** Long payloads get more columns, as issuers do, so the symbol keeps a card-like shape. */
  static BackStyle styleFor(String payload) {
    return LicenceBackRenderer.fitted(payload, BackStyle.standard());
  }

  static BufferedImage image(String resource) {
    try {
      return ImageIO.read(new java.io.ByteArrayInputStream(bytes(resource)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Turned clockwise by a multiple of 90°. */
  static BufferedImage quarterTurns(BufferedImage image, int turns) {
    int t = Math.floorMod(turns, 4);
    if (t == 0) {
      return image;
    }
    BufferedImage rgb =
        new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
    rgb.createGraphics().drawImage(image, 0, 0, java.awt.Color.WHITE, null);
    int w = rgb.getWidth();
    int h = rgb.getHeight();
    AffineTransform at = new AffineTransform();
    switch (t) {
      case 1 -> {
        at.translate(h, 0);
        at.quadrantRotate(1);
      }
      case 2 -> {
        at.translate(w, h);
        at.quadrantRotate(2);
      }
      default -> {
        at.translate(0, w);
        at.quadrantRotate(3);
      }
    }
    return new AffineTransformOp(at, AffineTransformOp.TYPE_NEAREST_NEIGHBOR).filter(rgb, null);
  }
}
