package onramp.documents.front;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.util.Arrays;
import java.util.SplittableRandom;

/** Simple Java2D damage for tests: blur, noise, low resolution, rotation. */
final class Degrade {
  private Degrade() {}

  static BufferedImage blur(BufferedImage image, int radius) {
    int size = 2 * radius + 1;
    float[] kernel = new float[size * size];
    Arrays.fill(kernel, 1f / kernel.length);
    BufferedImage padded = copy(image, BufferedImage.TYPE_INT_RGB);
    return new ConvolveOp(new Kernel(size, size, kernel), ConvolveOp.EDGE_NO_OP, null)
        .filter(padded, null);
  }

  static BufferedImage noise(BufferedImage image, int amplitude, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    BufferedImage out = copy(image, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < out.getHeight(); y++) {
      for (int x = 0; x < out.getWidth(); x++) {
        int rgb = out.getRGB(x, y);
        int n = random.nextInt(-amplitude, amplitude + 1);
        int r = clamp(((rgb >> 16) & 0xff) + n);
        int g = clamp(((rgb >> 8) & 0xff) + n);
        int b = clamp((rgb & 0xff) + n);
        out.setRGB(x, y, (r << 16) | (g << 8) | b);
      }
    }
    return out;
  }

  static BufferedImage scale(BufferedImage image, double factor) {
    int w = (int) Math.round(image.getWidth() * factor);
    int h = (int) Math.round(image.getHeight() * factor);
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    g.setRenderingHint(
        RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.drawImage(image, 0, 0, w, h, null);
    g.dispose();
    return out;
  }

  /**
   * Rotates by any angle about the centre onto a canvas that holds the whole result, grey around.
   */
  static BufferedImage rotate(BufferedImage image, double degrees) {
    double r = Math.toRadians(degrees);
    double sin = Math.abs(Math.sin(r));
    double cos = Math.abs(Math.cos(r));
    int w = (int) Math.round(image.getWidth() * cos + image.getHeight() * sin);
    int h = (int) Math.round(image.getWidth() * sin + image.getHeight() * cos);
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    g.setColor(new java.awt.Color(0x606060));
    g.fillRect(0, 0, w, h);
    g.setRenderingHint(
        RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    AffineTransform t = new AffineTransform();
    t.translate(w / 2.0, h / 2.0);
    t.rotate(r);
    t.translate(-image.getWidth() / 2.0, -image.getHeight() / 2.0);
    g.drawImage(image, t, null);
    g.dispose();
    return out;
  }

  private static BufferedImage copy(BufferedImage image, int type) {
    BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), type);
    Graphics2D g = out.createGraphics();
    g.drawImage(image, 0, 0, null);
    g.dispose();
    return out;
  }

  private static int clamp(int v) {
    return Math.max(0, Math.min(255, v));
  }
}
