package onramp.documents.i9;

import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.SplittableRandom;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import onramp.documents.image.Homography;

/**
 * Photographs a rendered page as an applicant photographs paper on a desk: a textured desk with a
 * 5–15% margin around the page, the page turned 1–6° either way, a mild perspective, a soft shadow
 * across part of the page, the paper's warm tint, light blur and noise, JPEG 80–92. Reproducible
 * for a seed. Our own simulator for the reader's tests; the evaluation corpus has another, written
 * independently.
 */
final class PagePhotos {
  /** A photo and where the page's corners are in it (clockwise from top-left). */
  record Photo(BufferedImage image, Point2D[] corners, double degrees, float jpegQuality) {}

  private static final int[][] DESKS = {
    {133, 94, 62}, // walnut
    {178, 136, 92}, // oak
    {62, 64, 70}, // dark grey laminate
    {112, 116, 120}, // mid grey
    {70, 92, 120}, // slate blue
    {54, 84, 60}, // green cutting mat
    {150, 150, 146}, // light grey
  };

  private PagePhotos() {}

  static Photo of(BufferedImage page, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    int pw = page.getWidth();
    int ph = page.getHeight();
    double[] margin = {
      pick(rnd, 0.05, 0.15), pick(rnd, 0.05, 0.15), pick(rnd, 0.05, 0.15), pick(rnd, 0.05, 0.15)
    };
    double degrees = (rnd.nextBoolean() ? 1 : -1) * pick(rnd, 1, 6);
    double a = Math.toRadians(degrees);
    double[][] local = {
      {-pw / 2.0, -ph / 2.0}, {pw / 2.0, -ph / 2.0}, {pw / 2.0, ph / 2.0}, {-pw / 2.0, ph / 2.0}
    };
    // Mild perspective: one side a little shorter than the other (the phone tilted), plus jitter.
    double keystone = pick(rnd, -0.03, 0.03);
    boolean vertical = rnd.nextBoolean();
    Point2D[] corners = new Point2D[4];
    double minX = Double.MAX_VALUE;
    double minY = Double.MAX_VALUE;
    double maxX = -Double.MAX_VALUE;
    double maxY = -Double.MAX_VALUE;
    for (int i = 0; i < 4; i++) {
      double x = local[i][0];
      double y = local[i][1];
      if (vertical) {
        x *= 1 + (y < 0 ? keystone : -keystone);
      } else {
        y *= 1 + (x < 0 ? keystone : -keystone);
      }
      x += pick(rnd, -0.008, 0.008) * pw;
      y += pick(rnd, -0.008, 0.008) * ph;
      corners[i] =
          new Point2D.Double(x * Math.cos(a) - y * Math.sin(a), x * Math.sin(a) + y * Math.cos(a));
      minX = Math.min(minX, corners[i].getX());
      minY = Math.min(minY, corners[i].getY());
      maxX = Math.max(maxX, corners[i].getX());
      maxY = Math.max(maxY, corners[i].getY());
    }
    // The desk shows 5–15% of the page's size beyond the page's furthest point on each side.
    double ox = margin[0] * pw - minX;
    double oy = margin[1] * ph - minY;
    int w = (int) Math.round(maxX - minX + (margin[0] + margin[2]) * pw);
    int h = (int) Math.round(maxY - minY + (margin[1] + margin[3]) * ph);
    for (Point2D c : corners) {
      c.setLocation(c.getX() + ox, c.getY() + oy);
    }
    int[] desk = DESKS[rnd.nextInt(DESKS.length)];
    int[] out = desk(w, h, desk, rnd);
    paint(page, corners, out, w, h);
    shadow(out, w, h, corners, rnd);
    BufferedImage photo = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    photo.setRGB(0, 0, w, h, blur(out, w, h), 0, w);
    noise(photo, rnd);
    float quality = (float) pick(rnd, 0.80, 0.92);
    return new Photo(jpeg(photo, quality), corners, degrees, quality);
  }

  /** A photo of the desk alone: no page in it. */
  static BufferedImage emptyDesk(int w, int h, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    int[] px = desk(w, h, DESKS[rnd.nextInt(DESKS.length)], rnd);
    BufferedImage photo = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    photo.setRGB(0, 0, w, h, px, 0, w);
    return jpeg(photo, 0.85f);
  }

  /**
   * Wood-like grain: streaks along x of varying brightness, plus a light gradient across the frame.
   */
  private static int[] desk(int w, int h, int[] base, SplittableRandom rnd) {
    double[] phase = {rnd.nextDouble() * 6.3, rnd.nextDouble() * 6.3, rnd.nextDouble() * 6.3};
    double period = pick(rnd, 9, 40);
    double light = pick(rnd, -0.12, 0.12);
    int[] px = new int[w * h];
    for (int y = 0; y < h; y++) {
      double grain =
          0.07 * Math.sin(y / period + phase[0])
              + 0.04 * Math.sin(y / (period * 0.37) + phase[1])
              + 0.03 * Math.sin(y / (period * 3.1) + phase[2]);
      for (int x = 0; x < w; x++) {
        double k =
            1 + grain + 0.02 * Math.sin(x / 211.0 + y / 97.0) + light * ((double) x / w - 0.5);
        px[y * w + x] = rgb(base[0] * k, base[1] * k, base[2] * k);
      }
    }
    return px;
  }

  /** The page drawn into its quadrilateral, bilinear, on slightly warm paper. */
  private static void paint(BufferedImage page, Point2D[] quad, int[] dst, int w, int h) {
    int pw = page.getWidth();
    int ph = page.getHeight();
    Point2D[] rect = {
      new Point2D.Double(0, 0),
      new Point2D.Double(pw, 0),
      new Point2D.Double(pw, ph),
      new Point2D.Double(0, ph)
    };
    Homography toPage = Homography.mapping(quad, rect);
    int[] src = page.getRGB(0, 0, pw, ph, null, 0, pw);
    double[] p = new double[2];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        toPage.apply(x + 0.5, y + 0.5, p);
        double sx = p[0] - 0.5;
        double sy = p[1] - 0.5;
        if (sx < -0.5 || sy < -0.5 || sx > pw - 0.5 || sy > ph - 0.5) {
          continue;
        }
        int x0 = Math.clamp((int) Math.floor(sx), 0, pw - 1);
        int y0 = Math.clamp((int) Math.floor(sy), 0, ph - 1);
        int x1 = Math.min(pw - 1, x0 + 1);
        int y1 = Math.min(ph - 1, y0 + 1);
        double fx = Math.clamp(sx - x0, 0, 1);
        double fy = Math.clamp(sy - y0, 0, 1);
        double[] c = new double[3];
        for (int ch = 0; ch < 3; ch++) {
          int shift = 16 - 8 * ch;
          double top =
              ((src[y0 * pw + x0] >> shift) & 0xff) * (1 - fx)
                  + ((src[y0 * pw + x1] >> shift) & 0xff) * fx;
          double bottom =
              ((src[y1 * pw + x0] >> shift) & 0xff) * (1 - fx)
                  + ((src[y1 * pw + x1] >> shift) & 0xff) * fx;
          c[ch] = top * (1 - fy) + bottom * fy;
        }
        dst[y * w + x] = rgb(c[0] * 0.96, c[1] * 0.95, c[2] * 0.91);
      }
    }
  }

  /**
   * A soft shadow (a hand or the phone) over a band along one side or a corner of the page: the
   * region beyond a line darkened by 20–40%, fading in over 4–8% of the page.
   */
  private static void shadow(int[] px, int w, int h, Point2D[] corners, SplittableRandom rnd) {
    double angle = rnd.nextDouble() * 2 * Math.PI;
    double nx = Math.cos(angle);
    double ny = Math.sin(angle);
    double cx = 0;
    double cy = 0;
    for (Point2D p : corners) {
      cx += p.getX() / 4;
      cy += p.getY() / 4;
    }
    double size = Math.min(w, h);
    double start =
        pick(rnd, 0.15, 0.35) * size; // from the page centre, so the band crosses part of the page
    double soft = pick(rnd, 0.04, 0.08) * size;
    double depth = pick(rnd, 0.20, 0.40);
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        double d = (x - cx) * nx + (y - cy) * ny - start;
        if (d <= -soft) {
          continue;
        }
        double t = Math.min(1, (d + soft) / (2 * soft));
        double k = 1 - depth * t * t * (3 - 2 * t);
        int c = px[y * w + x];
        px[y * w + x] = rgb(((c >> 16) & 0xff) * k, ((c >> 8) & 0xff) * k, (c & 0xff) * k * 1.02);
      }
    }
  }

  /** A light blur: 3×3 binomial, as a phone's lens and a hand that moved a little. */
  private static int[] blur(int[] px, int w, int h) {
    int[] out = new int[w * h];
    int[] k = {1, 2, 1};
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        double r = 0;
        double g = 0;
        double b = 0;
        for (int dy = -1; dy <= 1; dy++) {
          for (int dx = -1; dx <= 1; dx++) {
            int c = px[Math.clamp(y + dy, 0, h - 1) * w + Math.clamp(x + dx, 0, w - 1)];
            int wt = k[dx + 1] * k[dy + 1];
            r += ((c >> 16) & 0xff) * wt;
            g += ((c >> 8) & 0xff) * wt;
            b += (c & 0xff) * wt;
          }
        }
        out[y * w + x] = rgb(r / 16, g / 16, b / 16);
      }
    }
    return out;
  }

  private static void noise(BufferedImage photo, SplittableRandom rnd) {
    int w = photo.getWidth();
    int h = photo.getHeight();
    int[] px = photo.getRGB(0, 0, w, h, null, 0, w);
    for (int i = 0; i < px.length; i++) {
      double n = (rnd.nextDouble() + rnd.nextDouble() + rnd.nextDouble() - 1.5) * 6;
      int c = px[i];
      px[i] = rgb(((c >> 16) & 0xff) + n, ((c >> 8) & 0xff) + n, (c & 0xff) + n);
    }
    photo.setRGB(0, 0, w, h, px, 0, w);
  }

  private static BufferedImage jpeg(BufferedImage photo, float quality) {
    try {
      ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
        writer.setOutput(out);
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(quality);
        writer.write(null, new IIOImage(photo, null, null), param);
      } finally {
        writer.dispose();
      }
      return ImageIO.read(new ByteArrayInputStream(bytes.toByteArray()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int rgb(double r, double g, double b) {
    return (clamp(r) << 16) | (clamp(g) << 8) | clamp(b);
  }

  private static int clamp(double v) {
    return (int) Math.max(0, Math.min(255, Math.round(v)));
  }

  private static double pick(SplittableRandom rnd, double from, double to) {
    return from + rnd.nextDouble() * (to - from);
  }
}
