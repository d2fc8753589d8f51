package onramp.documents.barcode;

import java.util.Optional;

/**
 * Finds where in a photo the barcode is and how it is turned, from blocks of the image whose edges
 * are both strong and all parallel (structure-tensor coherence): bars are; text, desk grain and
 * card edges are one or the other but not both.
 */
final class BarcodeLocator {
  private static final int BLOCK = 12;

  /**
   * @param x0 left, inclusive
   * @param y0 top, inclusive
   * @param x1 right, exclusive
   * @param y1 bottom, exclusive
   * @param correction degrees to turn with {@link Gray#rotated} so the bars stand vertical
   */
  record Region(int x0, int y0, int x1, int y1, double correction) {
    /** The same region in an image {@code factor} times as large. */
    Region scaledBy(double factor) {
      return new Region(
          (int) (x0 * factor),
          (int) (y0 * factor),
          (int) Math.ceil(x1 * factor),
          (int) Math.ceil(y1 * factor),
          correction);
    }

    Gray cropFrom(Gray image, double marginFraction) {
      int mx = (int) ((x1 - x0) * marginFraction) + BLOCK;
      int my = (int) ((y1 - y0) * marginFraction) + BLOCK;
      return image.crop(x0 - mx, y0 - my, x1 + mx, y1 + my);
    }
  }

  private BarcodeLocator() {}

  static Optional<Region> locate(Gray g) {
    int bw = g.width() / BLOCK;
    int bh = g.height() / BLOCK;
    if (bw < 3 || bh < 3) {
      return Optional.empty();
    }
    double[] jxx = new double[bw * bh];
    double[] jxy = new double[bw * bh];
    double[] jyy = new double[bw * bh];
    double[] score = new double[bw * bh];
    for (int by = 0; by < bh; by++) {
      for (int bx = 0; bx < bw; bx++) {
        double xx = 0, xy = 0, yy = 0;
        for (int y = Math.max(1, by * BLOCK); y < Math.min(g.height() - 1, (by + 1) * BLOCK); y++) {
          for (int x = Math.max(1, bx * BLOCK);
              x < Math.min(g.width() - 1, (bx + 1) * BLOCK);
              x++) {
            int gx = g.at(x + 1, y) - g.at(x - 1, y);
            int gy = g.at(x, y + 1) - g.at(x, y - 1);
            xx += gx * gx;
            xy += gx * gy;
            yy += gy * gy;
          }
        }
        int i = by * bw + bx;
        jxx[i] = xx;
        jxy[i] = xy;
        jyy[i] = yy;
        double energy = xx + yy;
        double coherence =
            energy == 0 ? 0 : Math.sqrt((xx - yy) * (xx - yy) + 4 * xy * xy) / energy;
        score[i] = energy * coherence * coherence;
      }
    }
    double threshold = percentile(score, 0.97) * 0.25;
    if (threshold <= 0) {
      return Optional.empty();
    }
    boolean[] on = new boolean[bw * bh];
    for (int i = 0; i < on.length; i++) {
      on[i] = score[i] >= threshold;
    }
    on = close(on, bw, bh);
    return largestComponent(on, bw, bh)
        .map(
            c -> {
              double sxx = 0, sxy = 0, syy = 0;
              for (int i : c.blocks) {
                sxx += jxx[i];
                sxy += jxy[i];
                syy += jyy[i];
              }
              // Dominant gradient direction from the summed tensor; vertical bars have gradients at
              // 0°.
              double theta = Math.toDegrees(0.5 * Math.atan2(2 * sxy, sxx - syy));
              int x0 = c.x0 * BLOCK,
                  y0 = c.y0 * BLOCK,
                  x1 = (c.x1 + 1) * BLOCK,
                  y1 = (c.y1 + 1) * BLOCK;
              return new Region(x0, y0, x1, y1, theta);
            });
  }

  private record Component(int[] blocks, int x0, int y0, int x1, int y1) {}

  private static Optional<Component> largestComponent(boolean[] on, int bw, int bh) {
    boolean[] seen = new boolean[on.length];
    Component best = null;
    int[] queue = new int[on.length];
    for (int start = 0; start < on.length; start++) {
      if (!on[start] || seen[start]) {
        continue;
      }
      int head = 0, tail = 0;
      queue[tail++] = start;
      seen[start] = true;
      int x0 = bw, y0 = bh, x1 = 0, y1 = 0;
      while (head < tail) {
        int i = queue[head++];
        int x = i % bw, y = i / bw;
        x0 = Math.min(x0, x);
        x1 = Math.max(x1, x);
        y0 = Math.min(y0, y);
        y1 = Math.max(y1, y);
        int[] next = {
          x > 0 ? i - 1 : -1, x < bw - 1 ? i + 1 : -1, y > 0 ? i - bw : -1, y < bh - 1 ? i + bw : -1
        };
        for (int n : next) {
          if (n >= 0 && on[n] && !seen[n]) {
            seen[n] = true;
            queue[tail++] = n;
          }
        }
      }
      if (best == null || tail > best.blocks.length) {
        best = new Component(java.util.Arrays.copyOf(queue, tail), x0, y0, x1, y1);
      }
    }
    // A PDF417 symbol covers many blocks; a handful is a logo or a word.
    return best != null && best.blocks.length >= 12 ? Optional.of(best) : Optional.empty();
  }

  /** Dilate then erode by one block, bridging the quiet gaps between a symbol's columns. */
  private static boolean[] close(boolean[] on, int bw, int bh) {
    return morph(morph(on, bw, bh, true), bw, bh, false);
  }

  private static boolean[] morph(boolean[] on, int bw, int bh, boolean dilate) {
    boolean[] out = new boolean[on.length];
    for (int y = 0; y < bh; y++) {
      for (int x = 0; x < bw; x++) {
        boolean v = !dilate;
        for (int dy = -1; dy <= 1; dy++) {
          for (int dx = -1; dx <= 1; dx++) {
            int xx = x + dx, yy = y + dy;
            boolean n = xx >= 0 && yy >= 0 && xx < bw && yy < bh && on[yy * bw + xx];
            v = dilate ? v || n : v && n;
          }
        }
        out[y * bw + x] = v;
      }
    }
    return out;
  }

  private static double percentile(double[] values, double p) {
    double[] sorted = values.clone();
    java.util.Arrays.sort(sorted);
    return sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
  }
}
