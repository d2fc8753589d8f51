package onramp.documents.image;

import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;

/** Draws an image into a quadrilateral of another by inverse projective mapping. */
final class Warp {
  private Warp() {}

  /** Paints {@code src} (RGB) so its corners land on {@code quad} (clockwise from top-left). */
  static void draw(BufferedImage src, Point2D[] quad, BufferedImage dst) {
    int sw = src.getWidth();
    int sh = src.getHeight();
    Point2D[] corners = {
      new Point2D.Double(0, 0), new Point2D.Double(sw, 0), new Point2D.Double(sw, sh), new Point2D.Double(0, sh)
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
