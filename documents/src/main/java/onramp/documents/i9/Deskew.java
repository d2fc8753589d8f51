package onramp.documents.i9;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * Straightens a scanned page tilted by up to 3°: the form's many horizontal rulings make the row
 * profile of ink sharpest at the right angle (projection-profile method, tried on a small copy by
 * projecting its inked pixels at each angle rather than rotating the copy).
 */
final class Deskew {
  private static final double MAX_DEGREES = 3.0;
  private static final double STEP_DEGREES = 0.25;
  private static final int PROBE_WIDTH = 600;

  private Deskew() {}

  static BufferedImage straighten(BufferedImage grey) {
    double angle = angle(grey);
    return Math.abs(angle) < STEP_DEGREES / 2 ? grey : rotate(grey, -angle);
  }

  /** The page's tilt in degrees (clockwise positive). */
  static double angle(BufferedImage grey) {
    double k = Math.min(1.0, PROBE_WIDTH / (double) grey.getWidth());
    BufferedImage small =
        new BufferedImage(
            (int) (grey.getWidth() * k),
            (int) (grey.getHeight() * k),
            BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = small.createGraphics();
    g.setRenderingHint(
        RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.drawImage(grey, 0, 0, small.getWidth(), small.getHeight(), null);
    g.dispose();
    // The inked pixels once; each angle then only re-bins them by the row they would fall on.
    int w = small.getWidth();
    int h = small.getHeight();
    int n = 0;
    float[] xs = new float[w * h];
    float[] ys = new float[w * h];
    float[] ink = new float[w * h];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int v = 255 - small.getRaster().getSample(x, y, 0);
        if (v > 8) {
          xs[n] = x - w / 2f;
          ys[n] = y - h / 2f;
          ink[n++] = v;
        }
      }
    }
    double best = 0;
    double bestScore = -1;
    for (double a = -MAX_DEGREES; a <= MAX_DEGREES + 1e-9; a += STEP_DEGREES) {
      double score = sharpness(xs, ys, ink, n, h, -a);
      if (score > bestScore) {
        bestScore = score;
        best = a;
      }
    }
    return best;
  }

  /**
   * Sum of squared differences between neighbouring rows' ink once the image is turned by {@code
   * degrees} about its centre: high when rulings are level (projection profile). Each pixel's ink
   * is shared between the two rows it falls between.
   */
  private static double sharpness(
      float[] xs, float[] ys, float[] ink, int n, int h, double degrees) {
    double sin = Math.sin(Math.toRadians(degrees));
    double cos = Math.cos(Math.toRadians(degrees));
    double[] rows = new double[h + 2];
    for (int i = 0; i < n; i++) {
      double y = h / 2.0 + xs[i] * sin + ys[i] * cos;
      if (y < 0 || y >= h) {
        continue; // turned out of the frame, as a rotation of the image would cut it off
      }
      int y0 = (int) y;
      double f = y - y0;
      rows[y0] += ink[i] * (1 - f);
      rows[y0 + 1] += ink[i] * f;
    }
    double score = 0;
    for (int y = 1; y < h; y++) {
      double d = rows[y] - rows[y - 1];
      score += d * d;
    }
    return score;
  }

  private static BufferedImage rotate(BufferedImage img, double degrees) {
    BufferedImage out =
        new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = out.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, out.getWidth(), out.getHeight());
    g.setRenderingHint(
        RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.rotate(Math.toRadians(degrees), img.getWidth() / 2.0, img.getHeight() / 2.0);
    g.drawImage(img, 0, 0, null);
    g.dispose();
    return out;
  }
}
