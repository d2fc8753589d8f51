package onramp.documents.front;

/**
 * Estimates a small skew (up to ±{@value #MAX_DEGREES}°) from a binarised image: text lines give
 * the sharpest row profile when they are horizontal, so the angle whose profile has the most energy
 * (sum of squared row counts of ink) wins.
 */
final class Deskew {
  static final double MAX_DEGREES = 8;
  private static final int MAX_SAMPLES = 40_000;

  private Deskew() {}

  /** Degrees to rotate the image by (clockwise positive, as Graphics2D) to make text level. */
  static double angle(byte[] binary, int w, int h) {
    int[] xs = new int[MAX_SAMPLES];
    int[] ys = new int[MAX_SAMPLES];
    int ink = 0;
    for (int i = 0; i < binary.length; i++) {
      if (binary[i] == 0) {
        ink++;
      }
    }
    if (ink < 200) {
      return 0;
    }
    int step = Math.max(1, ink / MAX_SAMPLES);
    int n = 0;
    int seen = 0;
    for (int i = 0; i < binary.length && n < MAX_SAMPLES; i++) {
      if (binary[i] == 0 && seen++ % step == 0) {
        xs[n] = i % w;
        ys[n] = i / w;
        n++;
      }
    }
    double best = 0;
    double bestScore = score(xs, ys, n, w, h, 0);
    for (double a = -MAX_DEGREES; a <= MAX_DEGREES; a += 0.5) {
      double s = score(xs, ys, n, w, h, a);
      if (s > bestScore * 1.02) {
        best = a;
        bestScore = s;
      }
    }
    double coarse = best;
    for (double a = coarse - 0.4; a <= coarse + 0.4; a += 0.1) {
      double s = score(xs, ys, n, w, h, a);
      if (s > bestScore) {
        best = a;
        bestScore = s;
      }
    }
    return best;
  }

  /** Profile energy after rotating the ink by {@code degrees} about the centre. */
  private static double score(int[] xs, int[] ys, int n, int w, int h, double degrees) {
    double r = Math.toRadians(degrees);
    double sin = Math.sin(r);
    double cos = Math.cos(r);
    int pad = w;
    int[] rows = new int[h + 2 * pad];
    double cx = w / 2.0;
    double cy = h / 2.0;
    for (int i = 0; i < n; i++) {
      double y = (xs[i] - cx) * sin + (ys[i] - cy) * cos + cy;
      int row = (int) Math.round(y) + pad;
      if (row >= 0 && row < rows.length) {
        rows[row]++;
      }
    }
    double energy = 0;
    for (int c : rows) {
      energy += (double) c * c;
    }
    return energy;
  }
}
