package onramp.documents.front;

import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.util.Optional;
import onramp.documents.image.Averaged;

/**
 * Finds the card in a photo of it lying on a desk. On a copy shrunk to {@value #WORK} px, the
 * desk's colour is modelled from the photo's border (a plane per channel, so uneven room light is
 * part of the desk); pixels far from that model are card. The largest blob of them, closed over
 * text gaps and opened against thin desk streaks, gives a convex hull; its minimum-area rectangle
 * gives the card's sides, and a line fitted to the blob's outline near each side gives the
 * keystone. Finally each side is moved outwards to the strongest nearby edge, because the blob
 * misses card areas that are the desk's colour (a dark header on a dark desk).
 */
final class CardLocator {
  static final int WORK = 480;

  private CardLocator() {}

  /**
   * The card's corners in photo coordinates, clockwise from the corner that is top-left as the
   * photo lies, or empty when no card-like region was found.
   */
  static Optional<Point2D[]> locate(BufferedImage photo) {
    Small small = Small.of(photo);
    boolean[] mask = Blob.mask(small);
    Optional<int[]> blob = Blob.largest(mask, small.w, small.h);
    if (blob.isEmpty()) {
      return Optional.empty();
    }
    Optional<Point2D[]> quad = Quad.fit(blob.get(), small);
    if (quad.isEmpty()) {
      return Optional.empty();
    }
    Point2D[] corners = quad.get();
    double area = Quad.area(corners);
    double frame = (double) small.w * small.h;
    if (area < 0.12 * frame || area > 0.97 * frame) {
      return Optional.empty();
    }
    for (Point2D p : corners) {
      p.setLocation(p.getX() * small.factor, p.getY() * small.factor);
    }
    return Optional.of(corners);
  }

  /** The photo averaged down to at most {@link #WORK} px on the long side, per channel. */
  record Small(int w, int h, double factor, float[] r, float[] g, float[] b) {
    static Small of(BufferedImage photo) {
      Averaged a = Averaged.of(photo, WORK);
      return new Small(a.w(), a.h(), a.factor(), a.r(), a.g(), a.b());
    }

    /** Grey level at (x, y), clamped to the image. */
    double grey(int x, int y) {
      int i = Math.clamp(y, 0, h - 1) * w + Math.clamp(x, 0, w - 1);
      return 0.299 * r[i] + 0.587 * g[i] + 0.114 * b[i];
    }

    /** Bilinear grey level at a real position. */
    double grey(double x, double y) {
      int x0 = (int) Math.floor(x);
      int y0 = (int) Math.floor(y);
      double fx = x - x0;
      double fy = y - y0;
      return (grey(x0, y0) * (1 - fx) + grey(x0 + 1, y0) * fx) * (1 - fy)
          + (grey(x0, y0 + 1) * (1 - fx) + grey(x0 + 1, y0 + 1) * fx) * fy;
    }
  }
}
