package onramp.documents.barcode;

/**
 * Estimates how far the bars of a barcode are turned from vertical, from the histogram of edge
 * directions: a PDF417 symbol is hundreds of parallel bar edges, so its direction dominates the
 * text and the desk around it.
 */
final class SkewEstimator {
  private static final int BINS = 180;
  private static final int SAMPLE_SIDE = 640;

  private SkewEstimator() {}

  /**
   * The angle in degrees, in [-90, 90), by which the image must be turned (with
   * {@link Gray#rotated}) to make the dominant edges vertical bars again.
   */
  static double correction(Gray image) {
    int longSide = Math.max(image.width(), image.height());
    Gray g = longSide > SAMPLE_SIDE ? image.scaled((double) SAMPLE_SIDE / longSide) : image;
    double[] hist = new double[BINS];
    int w = g.width();
    for (int y = 1; y < g.height() - 1; y++) {
      for (int x = 1; x < w - 1; x++) {
        int gx = g.at(x + 1, y - 1) + 2 * g.at(x + 1, y) + g.at(x + 1, y + 1)
            - g.at(x - 1, y - 1) - 2 * g.at(x - 1, y) - g.at(x - 1, y + 1);
        int gy = g.at(x - 1, y + 1) + 2 * g.at(x, y + 1) + g.at(x + 1, y + 1)
            - g.at(x - 1, y - 1) - 2 * g.at(x, y - 1) - g.at(x + 1, y - 1);
        double magnitude = Math.sqrt((double) gx * gx + (double) gy * gy);
        if (magnitude < 40) {
          continue;
        }
        double angle = Math.toDegrees(Math.atan2(gy, gx));
        int bin = (int) Math.floor(((angle % 180) + 180) % 180) % BINS;
        hist[bin] += magnitude;
      }
    }
    int best = 0;
    double bestScore = -1;
    for (int b = 0; b < BINS; b++) {
      double score = 0;
      for (int d = -2; d <= 2; d++) {
        score += hist[Math.floorMod(b + d, BINS)] * (3 - Math.abs(d));
      }
      if (score > bestScore) {
        bestScore = score;
        best = b;
      }
    }
    // Edge gradients of vertical bars point along x (0°). A gradient at θ means bars turned by θ.
    double theta = best + 0.5;
    return theta >= 90 ? theta - 180 : theta;
  }
}
