package onramp.documents.specimen;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.util.SplittableRandom;
import onramp.documents.image.Bounds;
import onramp.documents.image.Homography;
import onramp.documents.image.ImageBytes;

/**
 * A phone photo of a paper page (a Form I-9 page rendered at 200 dpi): the page lies on a desk with
 * some desk showing round it, turned a few degrees (1–6°, either way), seen slightly from one side
 * (mild perspective), with a soft shadow across part of it, slightly out of focus, saved as JPEG at
 * quality 80–92. Deterministic for a seed; Java2D and {@link Homography} only.
 */
public final class PaperPhotos {
  private static final int[] DESKS = {0x8B5A2B, 0xC8A276, 0x55555A, 0x3A3430, 0x6E7F8C, 0xA89F91};

  private PaperPhotos() {}

  /** The photo as the JPEG bytes a phone would upload. */
  public static byte[] jpeg(BufferedImage page, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed ^ 0x9E3779B97F4A7C15L);
    return ImageBytes.toJpeg(photograph(page, seed), 80 + rnd.nextInt(13));
  }

  /** The photo before JPEG compression. */
  public static BufferedImage photograph(BufferedImage page, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    int w = page.getWidth();
    int h = page.getHeight();
    double angle = Math.toRadians(rnd.nextDouble(1, 6) * (rnd.nextBoolean() ? 1 : -1));
    double marginX = w * rnd.nextDouble(0.05, 0.14);
    double marginY = h * rnd.nextDouble(0.04, 0.11);
    // Mild perspective: each corner pulled in by up to 2.5% of the page, more on one side.
    double[][] corners = {{0, 0}, {w, 0}, {w, h}, {0, h}};
    double tiltX = rnd.nextDouble(-0.025, 0.025);
    double tiltY = rnd.nextDouble(-0.02, 0.02);
    Point2D[] quad = new Point2D[4];
    double cos = Math.cos(angle);
    double sin = Math.sin(angle);
    for (int i = 0; i < 4; i++) {
      double x = corners[i][0] - w / 2.0;
      double y = corners[i][1] - h / 2.0;
      // The far edge (by tilt) is shorter, as in a photo taken from one side.
      double shrinkX = 1 - tiltY * Math.signum(y);
      double shrinkY = 1 - tiltX * Math.signum(x);
      x = x * shrinkX + rnd.nextDouble(-0.004, 0.004) * w;
      y = y * shrinkY + rnd.nextDouble(-0.004, 0.004) * h;
      quad[i] = new Point2D.Double(x * cos - y * sin, x * sin + y * cos);
    }
    Bounds bounds = Bounds.of(quad);
    double minX = bounds.minX();
    double minY = bounds.minY();
    double maxX = bounds.maxX();
    double maxY = bounds.maxY();
    int outW = (int) Math.ceil(maxX - minX + 2 * marginX);
    int outH = (int) Math.ceil(maxY - minY + 2 * marginY);
    double offX = marginX - minX + rnd.nextDouble(-0.4, 0.4) * marginX;
    double offY = marginY - minY + rnd.nextDouble(-0.4, 0.4) * marginY;
    for (Point2D p : quad) {
      p.setLocation(p.getX() + offX, p.getY() + offY);
    }
    BufferedImage photo = desk(outW, outH, rnd);
    warp(page, quad, photo);
    shade(photo, rnd);
    BufferedImage blurred = blur(photo, rnd.nextDouble(0.5, 1.2));
    return noise(blurred, rnd.nextDouble(1, 3.5), rnd.nextLong());
  }

  private static BufferedImage desk(int w, int h, SplittableRandom rnd) {
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    try {
      Color base = new Color(DESKS[rnd.nextInt(DESKS.length)]);
      g.setColor(base);
      g.fillRect(0, 0, w, h);
      g.rotate(rnd.nextDouble(-0.3, 0.3), w / 2.0, h / 2.0);
      int streaks = 60 + rnd.nextInt(80);
      for (int i = 0; i < streaks; i++) {
        int s = rnd.nextInt(-20, 21);
        g.setColor(
            new Color(
                clamp(base.getRed() + s), clamp(base.getGreen() + s), clamp(base.getBlue() + s)));
        g.fillRect(
            -w / 2, rnd.nextInt(-h / 2, h * 3 / 2), w * 2, 1 + rnd.nextInt(Math.max(2, h / 80)));
      }
    } finally {
      g.dispose();
    }
    return img;
  }

  /** Draws the page into the quad: each photo pixel inside looks up its page point (bilinear). */
  private static void warp(BufferedImage page, Point2D[] quad, BufferedImage photo) {
    int w = page.getWidth();
    int h = page.getHeight();
    Point2D[] rect = {
      new Point2D.Double(0, 0),
      new Point2D.Double(w, 0),
      new Point2D.Double(w, h),
      new Point2D.Double(0, h)
    };
    Homography back = Homography.mapping(quad, rect);
    int x0 = 0, y0 = 0, x1 = photo.getWidth() - 1, y1 = photo.getHeight() - 1;
    int[] src = page.getRGB(0, 0, w, h, null, 0, w);
    int[] row = new int[photo.getWidth()];
    double[] out = new double[2];
    for (int y = y0; y <= y1; y++) {
      photo.getRGB(0, y, photo.getWidth(), 1, row, 0, photo.getWidth());
      boolean changed = false;
      for (int x = x0; x <= x1; x++) {
        back.apply(x + 0.5, y + 0.5, out);
        double u = out[0] - 0.5;
        double v = out[1] - 0.5;
        if (u < -0.5 || v < -0.5 || u > w - 0.5 || v > h - 0.5) {
          continue;
        }
        row[x] = bilinear(src, w, h, u, v);
        changed = true;
      }
      if (changed) {
        photo.setRGB(0, y, photo.getWidth(), 1, row, 0, photo.getWidth());
      }
    }
  }

  private static int bilinear(int[] src, int w, int h, double u, double v) {
    int ix = (int) Math.floor(u);
    int iy = (int) Math.floor(v);
    double fx = u - ix;
    double fy = v - iy;
    int a = px(src, w, h, ix, iy);
    int b = px(src, w, h, ix + 1, iy);
    int c = px(src, w, h, ix, iy + 1);
    int d = px(src, w, h, ix + 1, iy + 1);
    int rgb = 0;
    for (int shift = 16; shift >= 0; shift -= 8) {
      double top = ((a >> shift) & 0xff) * (1 - fx) + ((b >> shift) & 0xff) * fx;
      double bottom = ((c >> shift) & 0xff) * (1 - fx) + ((d >> shift) & 0xff) * fx;
      rgb |= clamp((int) Math.round(top * (1 - fy) + bottom * fy)) << shift;
    }
    return rgb;
  }

  private static int px(int[] src, int w, int h, int x, int y) {
    return src[Math.max(0, Math.min(h - 1, y)) * w + Math.max(0, Math.min(w - 1, x))];
  }

  /**
   * Room light falling off across the frame, and a soft shadow (a hand, the phone) over part of the
   * page.
   */
  private static void shade(BufferedImage photo, SplittableRandom rnd) {
    Graphics2D g = photo.createGraphics();
    try {
      int w = photo.getWidth();
      int h = photo.getHeight();
      g.setPaint(
          new GradientPaint(
              0,
              0,
              new Color(0f, 0f, 0f, 0f),
              w,
              h,
              new Color(0f, 0f, 0f, (float) rnd.nextDouble(0.05, 0.15))));
      g.fillRect(0, 0, w, h);
      double a = rnd.nextDouble(0, 2 * Math.PI);
      double cx = w * rnd.nextDouble(0.2, 0.8);
      double cy = h * rnd.nextDouble(0.2, 0.8);
      double len = Math.max(w, h) * rnd.nextDouble(0.15, 0.35);
      float dark = (float) rnd.nextDouble(0.15, 0.32);
      g.setPaint(
          new GradientPaint(
              (float) cx,
              (float) cy,
              new Color(0f, 0f, 0f, dark),
              (float) (cx + len * Math.cos(a)),
              (float) (cy + len * Math.sin(a)),
              new Color(0f, 0f, 0f, 0f)));
      // GradientPaint holds its end colours beyond its two points: dark on one side of the line
      // through (cx, cy), clear beyond len pixels on the other.
      g.fillRect(0, 0, w, h);
    } finally {
      g.dispose();
    }
  }

  private static BufferedImage blur(BufferedImage img, double sigma) {
    int radius = (int) Math.ceil(sigma * 2.5);
    float[] k = new float[2 * radius + 1];
    float sum = 0;
    for (int i = -radius; i <= radius; i++) {
      k[i + radius] = (float) Math.exp(-(i * i) / (2 * sigma * sigma));
      sum += k[i + radius];
    }
    for (int i = 0; i < k.length; i++) {
      k[i] /= sum;
    }
    BufferedImage h =
        new ConvolveOp(new Kernel(k.length, 1, k), ConvolveOp.EDGE_NO_OP, null).filter(img, null);
    return new ConvolveOp(new Kernel(1, k.length, k), ConvolveOp.EDGE_NO_OP, null).filter(h, null);
  }

  private static BufferedImage noise(BufferedImage img, double sigma, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    int w = img.getWidth();
    int[] row = new int[w];
    for (int y = 0; y < img.getHeight(); y++) {
      img.getRGB(0, y, w, 1, row, 0, w);
      for (int x = 0; x < w; x++) {
        int n = (int) Math.round(gaussian(rnd) * sigma);
        int p = row[x];
        row[x] =
            clamp(((p >> 16) & 0xff) + n) << 16
                | clamp(((p >> 8) & 0xff) + n) << 8
                | clamp((p & 0xff) + n);
      }
      img.setRGB(0, y, w, 1, row, 0, w);
    }
    return img;
  }

  private static double gaussian(SplittableRandom rnd) {
    // Box–Muller without caching keeps the draw count fixed per pixel.
    double u = 1 - rnd.nextDouble();
    double v = rnd.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  private static int clamp(int v) {
    return Math.max(0, Math.min(255, v));
  }
}
