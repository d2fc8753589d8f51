package onramp.documents.image;

import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;

/**
 * Projective warps: draws an image into a quadrilateral of another (a simulated photo), and the
 * inverse, a quadrilateral of a photo mapped onto an upright rectangle (a photographed document
 * rectified).
 */
public final class Warp {
  private Warp() {}

  /** Paints {@code src} (RGB) so its corners land on {@code quad} (clockwise from top-left). */
  public static void draw(BufferedImage src, Point2D[] quad, BufferedImage dst) {
    int sw = src.getWidth();
    int sh = src.getHeight();
    Point2D[] corners = {
      new Point2D.Double(0, 0),
      new Point2D.Double(sw, 0),
      new Point2D.Double(sw, sh),
      new Point2D.Double(0, sh)
    };
    Homography inverse = Homography.mapping(quad, corners);
    int[] s = src.getRGB(0, 0, sw, sh, null, 0, sw);
    int dw = dst.getWidth();
    int dh = dst.getHeight();
    int[] d = dst.getRGB(0, 0, dw, dh, null, 0, dw);
    int x0 = Math.max(0, (int) Math.floor(min(quad, true)));
    int x1 = Math.min(dw, (int) Math.ceil(max(quad, true)) + 1);
    int y0 = Math.max(0, (int) Math.floor(min(quad, false)));
    int y1 = Math.min(dh, (int) Math.ceil(max(quad, false)) + 1);
    double[] p = new double[2];
    for (int y = y0; y < y1; y++) {
      for (int x = x0; x < x1; x++) {
        inverse.apply(x + 0.5, y + 0.5, p);
        double sx = p[0] - 0.5;
        double sy = p[1] - 0.5;
        if (sx >= -0.5 && sy >= -0.5 && sx <= sw - 0.5 && sy <= sh - 0.5) {
          d[y * dw + x] = bilinear(s, sw, sh, sx, sy);
        }
      }
    }
    dst.setRGB(0, 0, dw, dh, d, 0, dw);
  }

  /**
   * The quadrilateral {@code quad} of {@code photo} (clockwise from its top-left corner) as an
   * upright grey image of {@code width}×{@code height}, bilinear; outside the photo is white.
   */
  public static BufferedImage rectify(BufferedImage photo, Point2D[] quad, int width, int height) {
    Point2D[] target = {
      new Point2D.Double(0, 0),
      new Point2D.Double(width, 0),
      new Point2D.Double(width, height),
      new Point2D.Double(0, height)
    };
    Homography toPhoto = Homography.mapping(target, quad);
    int pw = photo.getWidth();
    int ph = photo.getHeight();
    byte[] grey = greyLevels(photo);
    BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
    byte[] dst = ((java.awt.image.DataBufferByte) out.getRaster().getDataBuffer()).getData();
    double[] p = new double[2];
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        toPhoto.apply(x + 0.5, y + 0.5, p);
        dst[y * width + x] = (byte) bilinearGrey(grey, pw, ph, p[0] - 0.5, p[1] - 0.5);
      }
    }
    return out;
  }

  /** Grey levels (0.30 R + 0.59 G + 0.11 B) of any image, row-major. */
  public static byte[] greyLevels(BufferedImage image) {
    int w = image.getWidth();
    int h = image.getHeight();
    if (image.getType() == BufferedImage.TYPE_BYTE_GRAY
        && image.getRaster().getDataBuffer() instanceof java.awt.image.DataBufferByte) {
      byte[] out = new byte[w * h];
      image.getRaster().getDataElements(0, 0, w, h, out);
      return out;
    }
    byte[] out = new byte[w * h];
    int[] row = new int[w];
    for (int y = 0; y < h; y++) {
      image.getRGB(0, y, w, 1, row, 0, w);
      for (int x = 0; x < w; x++) {
        int c = row[x];
        out[y * w + x] =
            (byte) ((((c >> 16) & 0xff) * 77 + ((c >> 8) & 0xff) * 150 + (c & 0xff) * 29) >> 8);
      }
    }
    return out;
  }

  private static int bilinearGrey(byte[] g, int w, int h, double x, double y) {
    if (x < -1 || y < -1 || x > w || y > h) {
      return 255;
    }
    int x0 = (int) Math.floor(x);
    int y0 = (int) Math.floor(y);
    double fx = x - x0;
    double fy = y - y0;
    int xa = Math.clamp(x0, 0, w - 1);
    int xb = Math.clamp(x0 + 1, 0, w - 1);
    int ya = Math.clamp(y0, 0, h - 1);
    int yb = Math.clamp(y0 + 1, 0, h - 1);
    double top = (g[ya * w + xa] & 0xff) * (1 - fx) + (g[ya * w + xb] & 0xff) * fx;
    double bottom = (g[yb * w + xa] & 0xff) * (1 - fx) + (g[yb * w + xb] & 0xff) * fx;
    return (int) Math.round(top * (1 - fy) + bottom * fy);
  }

  private static int bilinear(int[] s, int w, int h, double x, double y) {
    int xa = (int) Math.floor(x);
    int ya = (int) Math.floor(y);
    double fx = x - xa;
    double fy = y - ya;
    int xb = Math.min(w - 1, xa + 1);
    int yb = Math.min(h - 1, ya + 1);
    xa = Math.max(0, xa);
    ya = Math.max(0, ya);
    int p00 = s[ya * w + xa];
    int p10 = s[ya * w + xb];
    int p01 = s[yb * w + xa];
    int p11 = s[yb * w + xb];
    int out = 0;
    for (int shift = 16; shift >= 0; shift -= 8) {
      double top = ((p00 >> shift) & 0xff) * (1 - fx) + ((p10 >> shift) & 0xff) * fx;
      double bottom = ((p01 >> shift) & 0xff) * (1 - fx) + ((p11 >> shift) & 0xff) * fx;
      out |= ((int) Math.round(top * (1 - fy) + bottom * fy)) << shift;
    }
    return out;
  }

  private static double min(Point2D[] q, boolean x) {
    double m = Double.MAX_VALUE;
    for (Point2D p : q) {
      m = Math.min(m, x ? p.getX() : p.getY());
    }
    return m;
  }

  private static double max(Point2D[] q, boolean x) {
    double m = -Double.MAX_VALUE;
    for (Point2D p : q) {
      m = Math.max(m, x ? p.getX() : p.getY());
    }
    return m;
  }
}
