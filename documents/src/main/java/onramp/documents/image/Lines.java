package onramp.documents.image;

import java.util.List;

/** Straight lines through points {x, y}. */
public final class Lines {
  private Lines() {}

  /**
   * The total-least-squares line through {@code points}: {a, b, c} with a·x + b·y = c, (a, b) a
   * unit normal (the eigenvector of the scatter matrix's smaller eigenvalue), through their
   * centroid.
   */
  public static double[] fit(List<double[]> points) {
    double mx = 0;
    double my = 0;
    for (double[] p : points) {
      mx += p[0];
      my += p[1];
    }
    mx /= points.size();
    my /= points.size();
    double sxx = 0;
    double sxy = 0;
    double syy = 0;
    for (double[] p : points) {
      sxx += (p[0] - mx) * (p[0] - mx);
      sxy += (p[0] - mx) * (p[1] - my);
      syy += (p[1] - my) * (p[1] - my);
    }
    double theta = 0.5 * Math.atan2(2 * sxy, sxx - syy);
    double a = -Math.sin(theta);
    double b = Math.cos(theta);
    return new double[] {a, b, a * mx + b * my};
  }

  /** Where two lines {a, b, c} (a·x + b·y = c) cross; empty when they are parallel. */
  public static java.util.Optional<java.awt.geom.Point2D> intersect(double[] l1, double[] l2) {
    double det = l1[0] * l2[1] - l1[1] * l2[0];
    if (Math.abs(det) < 1e-9) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(
        new java.awt.geom.Point2D.Double(
            (l1[2] * l2[1] - l1[1] * l2[2]) / det, (l1[0] * l2[2] - l1[2] * l2[0]) / det));
  }
}
