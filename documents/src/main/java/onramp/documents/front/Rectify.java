package onramp.documents.front;

import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import onramp.documents.image.Homography;

/** Maps the card's quadrilateral in a photo onto an upright grey rectangle, bilinear. */
final class Rectify {
  private Rectify() {}

  /**
   * The quad (clockwise from top-left) as a grey image whose long side is {@code longSide}, in the
   * card's 1012×638 proportions; portrait when the quad's first edge is its short one.
   */
  static BufferedImage card(BufferedImage photo, Point2D[] quad, int longSide) {
    double top = (quad[0].distance(quad[1]) + quad[3].distance(quad[2])) / 2;
    double side = (quad[1].distance(quad[2]) + quad[0].distance(quad[3])) / 2;
    int shortSide = (int) Math.round(longSide * (double) CardBackground.HEIGHT / CardBackground.WIDTH);
    int w = top >= side ? longSide : shortSide;
    int h = top >= side ? shortSide : longSide;
    Point2D[] target = {
      new Point2D.Double(0, 0), new Point2D.Double(w, 0), new Point2D.Double(w, h), new Point2D.Double(0, h)
    };
    Homography toPhoto = Homography.mapping(target, quad);
    int pw = photo.getWidth();
    int ph = photo.getHeight();
    byte[] grey = grey(photo);
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
    byte[] dst = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
    double[] p = new double[2];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        toPhoto.apply(x + 0.5, y + 0.5, p);
        dst[y * w + x] = (byte) bilinear(grey, pw, ph, p[0] - 0.5, p[1] - 0.5);
      }
    }
    return out;
  }

  private static byte[] grey(BufferedImage photo) {
    int w = photo.getWidth();
    int h = photo.getHeight();
    byte[] out = new byte[w * h];
    int[] row = new int[w];
    for (int y = 0; y < h; y++) {
      photo.getRGB(0, y, w, 1, row, 0, w);
      for (int x = 0; x < w; x++) {
        int c = row[x];
        out[y * w + x] = (byte) ((((c >> 16) & 0xff) * 77 + ((c >> 8) & 0xff) * 150 + (c & 0xff) * 29) >> 8);
      }
    }
    return out;
  }

  private static int bilinear(byte[] g, int w, int h, double x, double y) {
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
}
