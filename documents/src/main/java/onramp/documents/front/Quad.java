package onramp.documents.front;

import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import onramp.documents.image.Hull;
import onramp.documents.image.Lines;

/** A card's four sides from its blob: hull, minimum-area rectangle, a line fitted per side. */
final class Quad {
  /**
   * How far each side is pushed out, as a share of the card: a little desk beats a cut-off field.
   */
  static final double OUTSET = 0.015;

  /** How far a side may turn from the rectangle's: keystone of a photo a little off square. */
  static final double MAX_KEYSTONE_DEGREES = 7;

  private Quad() {}

  static Optional<Point2D[]> fit(int[] blob, CardLocator.Small small) {
    List<double[]> outline = outline(blob, small.w(), small.h());
    List<double[]> hull = Hull.hull(outline);
    if (hull.size() < 4) {
      return Optional.empty();
    }
    double[] rect = Hull.minAreaRectangle(hull);
    double ux = Math.cos(rect[0]);
    double uy = Math.sin(rect[0]);
    // The four sides as lines n·p = c with outward unit normals: +u, +v, -u, -v.
    double[][] normals = {{ux, uy}, {-uy, ux}, {-ux, -uy}, {uy, -ux}};
    double[] offsets = {rect[2], rect[4], -rect[1], -rect[3]};
    completeShortSide(rect, normals, offsets, small);
    double[][] lines = new double[4][];
    for (int s = 0; s < 4; s++) {
      double[] n = normals[s];
      double across = s % 2 == 0 ? rect[2] - rect[1] : rect[4] - rect[3];
      double along = s % 2 == 0 ? rect[4] - rect[3] : rect[2] - rect[1];
      lines[s] = sideLine(outline, n, offsets[s], 0.025 * across + 2, along);
      lines[s][2] += OUTSET * across;
    }
    Point2D[] corners = new Point2D[4];
    for (int s = 0; s < 4; s++) {
      Optional<Point2D> p = Lines.intersect(lines[s], lines[(s + 1) % 4]);
      if (p.isEmpty()) {
        return Optional.empty();
      }
      corners[s] = p.get();
    }
    return Optional.of(clockwiseFromTopLeft(corners));
  }

  /**
   * A card is 1.586 times as wide as high. When the blob is markedly flatter than that, part of the
   * card is the desk's colour (a pastel card on a light desk loses its plain lower part): one short
   * side moves out to the strongest edge near where the proportions put it, on whichever of the two
   * sides has the stronger edge there.
   */
  private static void completeShortSide(
      double[] rect, double[][] normals, double[] offsets, CardLocator.Small small) {
    double uRange = rect[2] - rect[1];
    double vRange = rect[4] - rect[3];
    boolean wide = uRange >= vRange;
    double expected = Math.max(uRange, vRange) * Rectify.CARD_HEIGHT / Rectify.CARD_WIDTH;
    double deficit = expected - Math.min(uRange, vRange);
    if (deficit < 0.05 * expected) {
      return;
    }
    int[] candidates = wide ? new int[] {1, 3} : new int[] {0, 2};
    double[] along = wide ? new double[] {rect[1], rect[2]} : new double[] {rect[3], rect[4]};
    double[] axis = wide ? normals[0] : normals[1];
    double window = 0.08 * expected;
    int bestSide = -1;
    double bestShift = 0;
    double bestScore = 0;
    for (int side : candidates) {
      for (double t = Math.max(0, deficit - window); t <= deficit + window; t += 0.5) {
        double score = edge(small, normals[side], offsets[side] + t, axis, along);
        if (score > bestScore) {
          bestScore = score;
          bestShift = t;
          bestSide = side;
        }
      }
    }
    if (bestSide >= 0 && bestScore >= 3) {
      offsets[bestSide] += bestShift;
    }
  }

  /**
   * Mean grey step across the line n·p = c, over the middle 80% of {@code along} (coordinates on
   * the unit axis perpendicular to n): a card edge steps the same way all along.
   */
  private static double edge(
      CardLocator.Small small, double[] n, double c, double[] axis, double[] along) {
    double sum = 0;
    int count = 0;
    double from = along[0] + 0.1 * (along[1] - along[0]);
    double to = along[1] - 0.1 * (along[1] - along[0]);
    for (double l = from; l <= to; l += 2) {
      double px = n[0] * c + axis[0] * l;
      double py = n[1] * c + axis[1] * l;
      sum +=
          small.grey(px + 1.5 * n[0], py + 1.5 * n[1])
              - small.grey(px - 1.5 * n[0], py - 1.5 * n[1]);
      count++;
    }
    return count == 0 ? 0 : Math.abs(sum / count);
  }

  /** For each row its leftmost and rightmost blob pixel, for each column its top and bottom. */
  private static List<double[]> outline(int[] blob, int w, int h) {
    int[] left = new int[h];
    int[] right = new int[h];
    int[] top = new int[w];
    int[] bottom = new int[w];
    Arrays.fill(left, Integer.MAX_VALUE);
    Arrays.fill(right, -1);
    Arrays.fill(top, Integer.MAX_VALUE);
    Arrays.fill(bottom, -1);
    for (int i : blob) {
      int x = i % w;
      int y = i / w;
      left[y] = Math.min(left[y], x);
      right[y] = Math.max(right[y], x);
      top[x] = Math.min(top[x], y);
      bottom[x] = Math.max(bottom[x], y);
    }
    List<double[]> points = new ArrayList<>();
    for (int y = 0; y < h; y++) {
      if (right[y] >= 0) {
        points.add(new double[] {left[y], y + 0.5});
        points.add(new double[] {right[y] + 1, y + 0.5});
      }
    }
    for (int x = 0; x < w; x++) {
      if (bottom[x] >= 0) {
        points.add(new double[] {x + 0.5, top[x]});
        points.add(new double[] {x + 0.5, bottom[x] + 1});
      }
    }
    return points;
  }

  /**
   * The line {a, b, c} (a·x + b·y = c, (a, b) the outward normal) through the outline points within
   * {@code tolerance} of the rectangle side n·p = offset; the side itself when too few.
   */
  private static double[] sideLine(
      List<double[]> outline, double[] n, double offset, double tolerance, double length) {
    List<double[]> near = new ArrayList<>();
    for (double[] p : outline) {
      double dist = offset - (p[0] * n[0] + p[1] * n[1]);
      if (dist >= -1 && dist <= tolerance) {
        near.add(p);
      }
    }
    double lo = Double.MAX_VALUE;
    double hi = -Double.MAX_VALUE;
    for (double[] p : near) {
      double l = -p[0] * n[1] + p[1] * n[0];
      lo = Math.min(lo, l);
      hi = Math.max(hi, l);
    }
    // Only an outline that runs along most of the side is that side; a few words near it are not.
    if (near.size() < 12 || hi - lo < 0.6 * length) {
      return new double[] {n[0], n[1], offset};
    }
    // Normal = eigenvector of the smaller eigenvalue of the scatter matrix, turned outwards.
    double[] line = Lines.fit(near);
    if (line[0] * n[0] + line[1] * n[1] < 0) {
      line = new double[] {-line[0], -line[1], -line[2]};
    }
    if (line[0] * n[0] + line[1] * n[1] < Math.cos(Math.toRadians(MAX_KEYSTONE_DEGREES))) {
      return new double[] {n[0], n[1], offset};
    }
    return line;
  }

  /**
   * Clockwise on screen, starting so that the first edge points most nearly rightwards: for a card
   * turned less than 45°, its top-left corner.
   */
  static Point2D[] clockwiseFromTopLeft(Point2D[] corners) {
    double cx = 0, cy = 0;
    for (Point2D p : corners) {
      cx += p.getX() / 4;
      cy += p.getY() / 4;
    }
    Point2D[] sorted = corners.clone();
    double fx = cx, fy = cy;
    // atan2 with y down grows clockwise on screen.
    Arrays.sort(sorted, Comparator.comparingDouble(p -> Math.atan2(p.getY() - fy, p.getX() - fx)));
    int start = 0;
    double bestCos = -2;
    for (int i = 0; i < 4; i++) {
      Point2D a = sorted[i];
      Point2D b = sorted[(i + 1) % 4];
      double cos = (b.getX() - a.getX()) / a.distance(b);
      if (cos > bestCos) {
        bestCos = cos;
        start = i;
      }
    }
    Point2D[] out = new Point2D[4];
    for (int i = 0; i < 4; i++) {
      out[i] = sorted[(start + i) % 4];
    }
    return out;
  }

  static double area(Point2D[] q) {
    double a = 0;
    for (int i = 0; i < 4; i++) {
      Point2D p = q[i];
      Point2D n = q[(i + 1) % 4];
      a += p.getX() * n.getY() - n.getX() * p.getY();
    }
    return Math.abs(a) / 2;
  }
}
