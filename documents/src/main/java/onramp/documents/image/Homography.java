package onramp.documents.image;

import java.awt.geom.Point2D;

/**
 * A plane projective map, solved from four point pairs: places a card in a simulated photo, and
 * maps a photographed barcode back to a rectangle.
 */
public final class Homography {
  private final double[] h; // row-major 3×3 with h[8] = 1

  private Homography(double[] h) {
    this.h = h;
  }

  /**
   * The map taking each {@code from[i]} to {@code to[i]} (four points each, no three collinear).
   */
  public static Homography mapping(Point2D[] from, Point2D[] to) {
    double[][] a = new double[8][9];
    for (int i = 0; i < 4; i++) {
      double x = from[i].getX();
      double y = from[i].getY();
      double u = to[i].getX();
      double v = to[i].getY();
      a[2 * i] = new double[] {x, y, 1, 0, 0, 0, -u * x, -u * y, u};
      a[2 * i + 1] = new double[] {0, 0, 0, x, y, 1, -v * x, -v * y, v};
    }
    double[] solution = solve(a);
    double[] m = new double[9];
    System.arraycopy(solution, 0, m, 0, 8);
    m[8] = 1;
    return new Homography(m);
  }

  /** Applies the map; {@code out[0..1]} receive x and y. */
  public void apply(double x, double y, double[] out) {
    double w = h[6] * x + h[7] * y + h[8];
    out[0] = (h[0] * x + h[1] * y + h[2]) / w;
    out[1] = (h[3] * x + h[4] * y + h[5]) / w;
  }

  /** Gaussian elimination with partial pivoting on an 8×9 augmented matrix. */
  private static double[] solve(double[][] a) {
    int n = 8;
    for (int col = 0; col < n; col++) {
      int pivot = col;
      for (int r = col + 1; r < n; r++) {
        if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
          pivot = r;
        }
      }
      double[] tmp = a[col];
      a[col] = a[pivot];
      a[pivot] = tmp;
      if (Math.abs(a[col][col]) < 1e-12) {
        throw new IllegalArgumentException("degenerate quadrilateral: three corners are collinear");
      }
      for (int r = 0; r < n; r++) {
        if (r != col) {
          double f = a[r][col] / a[col][col];
          for (int c = col; c <= n; c++) {
            a[r][c] -= f * a[col][c];
          }
        }
      }
    }
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = a[i][n] / a[i][i];
    }
    return x;
  }
}
