package onramp.documents.ocr;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * Finds how far text is tilted before it is read, by the projection-profile method: rotated to the
 * right angle, lines of text or a form's rulings give the sharpest profile of ink by row. Two
 * profiles, each tuned and measured on its documents, and kept apart because changing either would
 * change what is read: {@link #textAngle} for a binarised photo of a card (up to ±{@value
 * #MAX_TEXT_DEGREES}°, energy of the row counts of sampled ink), {@link #ruledAngle} for a scanned
 * page of a form (up to ±{@value #MAX_RULED_DEGREES}°, differences between neighbouring rows of
 * grey ink on a small copy).
 */
public final class Deskew {
  static final double MAX_TEXT_DEGREES = 8;
  private static final int MAX_SAMPLES = 40_000;

  static final double MAX_RULED_DEGREES = 3.0;
  private static final double RULED_STEP_DEGREES = 0.25;
  private static final int RULED_PROBE_WIDTH = 600;

  private Deskew() {}

  /** Degrees to rotate the image by (clockwise positive, as Graphics2D) to make text level. */
  public static double textAngle(byte[] binary, int w, int h) {
    int[] xs = new int[MAX_SAMPLES];
    int[] ys = new int[MAX_SAMPLES];
    int ink = 0;
    for (int i = 0; i < binary.length; i++) {
      if (binary[i] == 0) {
        ink++;
      }
    }
    if (ink < 200) {
      return 0;
    }
    int step = Math.max(1, ink / MAX_SAMPLES);
    int n = 0;
    int seen = 0;
    for (int i = 0; i < binary.length && n < MAX_SAMPLES; i++) {
      if (binary[i] == 0 && seen++ % step == 0) {
        xs[n] = i % w;
        ys[n] = i / w;
        n++;
      }
    }
    double best = 0;
    double bestScore = textScore(xs, ys, n, w, h, 0);
    for (double a = -MAX_TEXT_DEGREES; a <= MAX_TEXT_DEGREES; a += 0.5) {
      double s = textScore(xs, ys, n, w, h, a);
      if (s > bestScore * 1.02) {
        best = a;
        bestScore = s;
      }
    }
    double coarse = best;
    for (double a = coarse - 0.4; a <= coarse + 0.4; a += 0.1) {
      double s = textScore(xs, ys, n, w, h, a);
      if (s > bestScore) {
        best = a;
        bestScore = s;
      }
    }
    return best;
  }

  /** Profile energy after rotating the ink by {@code degrees} about the centre. */
  private static double textScore(int[] xs, int[] ys, int n, int w, int h, double degrees) {
    double r = Math.toRadians(degrees);
    double sin = Math.sin(r);
    double cos = Math.cos(r);
    int pad = w;
    int[] rows = new int[h + 2 * pad];
    double cx = w / 2.0;
    double cy = h / 2.0;
    for (int i = 0; i < n; i++) {
      double y = (xs[i] - cx) * sin + (ys[i] - cy) * cos + cy;
      int row = (int) Math.round(y) + pad;
      if (row >= 0 && row < rows.length) {
        rows[row]++;
      }
    }
    double energy = 0;
    for (int c : rows) {
      energy += (double) c * c;
    }
    return energy;
  }

  /**
   * A scanned page of a form, tilted by up to {@value #MAX_RULED_DEGREES}°, straightened; the page
   * itself when it is level to within half a step.
   */
  public static BufferedImage straightenRuled(BufferedImage grey) {
    double angle = ruledAngle(grey);
    return Math.abs(angle) < RULED_STEP_DEGREES / 2 ? grey : rotate(grey, -angle);
  }

  /**
   * The tilt of a page of a form in degrees (clockwise positive): its many horizontal rulings make
   * the row profile of ink sharpest at the right angle, tried on a small copy by projecting its
   * inked pixels at each angle rather than rotating the copy.
   */
  public static double ruledAngle(BufferedImage grey) {
    double k = Math.min(1.0, RULED_PROBE_WIDTH / (double) grey.getWidth());
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
    for (double a = -MAX_RULED_DEGREES; a <= MAX_RULED_DEGREES + 1e-9; a += RULED_STEP_DEGREES) {
      double score = rulingSharpness(xs, ys, ink, n, h, -a);
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
  private static double rulingSharpness(
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
