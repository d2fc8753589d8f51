package onramp.documents.image;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Convex hull and the smallest rectangle around it, for finding a card or a page in a photo from
 * the outline of its blob. Points are {x, y}.
 */
public final class Hull {
  private Hull() {}

  /** Andrew's monotone chain. */
  public static List<double[]> hull(List<double[]> points) {
    List<double[]> sorted = new ArrayList<>(points);
    sorted.sort(Comparator.<double[]>comparingDouble(p -> p[0]).thenComparingDouble(p -> p[1]));
    int n = sorted.size();
    double[][] out = new double[2 * n][];
    int k = 0;
    for (int i = 0; i < n; i++) {
      while (k >= 2 && cross(out[k - 2], out[k - 1], sorted.get(i)) <= 0) {
        k--;
      }
      out[k++] = sorted.get(i);
    }
    for (int i = n - 2, t = k + 1; i >= 0; i--) {
      while (k >= t && cross(out[k - 2], out[k - 1], sorted.get(i)) <= 0) {
        k--;
      }
      out[k++] = sorted.get(i);
    }
    return new ArrayList<>(Arrays.asList(out).subList(0, Math.max(0, k - 1)));
  }

  private static double cross(double[] o, double[] a, double[] b) {
    return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
  }

  /**
   * {angle, minU, maxU, minV, maxV} of the smallest rectangle around the hull (at least one point),
   * u along the angle.
   */
  public static double[] minAreaRectangle(List<double[]> hull) {
    double[] best = edgeExtent(hull, 0);
    double bestArea = (best[2] - best[1]) * (best[4] - best[3]);
    for (int i = 1; i < hull.size(); i++) {
      double[] r = edgeExtent(hull, i);
      double area = (r[2] - r[1]) * (r[4] - r[3]);
      if (area < bestArea) {
        bestArea = area;
        best = r;
      }
    }
    return best;
  }

  /** The extent of the hull along its edge from point {@code i} to the next. */
  private static double[] edgeExtent(List<double[]> hull, int i) {
    double[] a = hull.get(i);
    double[] b = hull.get((i + 1) % hull.size());
    return extent(hull, Math.atan2(b[1] - a[1], b[0] - a[0]));
  }

  public static double[] extent(List<double[]> points, double angle) {
    double ux = Math.cos(angle);
    double uy = Math.sin(angle);
    double minU = Double.MAX_VALUE,
        maxU = -Double.MAX_VALUE,
        minV = Double.MAX_VALUE,
        maxV = -Double.MAX_VALUE;
    for (double[] p : points) {
      double u = p[0] * ux + p[1] * uy;
      double v = -p[0] * uy + p[1] * ux;
      minU = Math.min(minU, u);
      maxU = Math.max(maxU, u);
      minV = Math.min(minV, v);
      maxV = Math.max(maxV, v);
    }
    return new double[] {angle, minU, maxU, minV, maxV};
  }
}
