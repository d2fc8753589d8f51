package onramp.documents.front;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The card as a blob of pixels unlike the desk around it, on {@link CardLocator.Small}. */
final class Blob {
  private Blob() {}

  /** Pixels whose colour is far from the desk model fitted to the photo's border. */
  static boolean[] mask(CardLocator.Small s) {
    int w = s.w();
    int h = s.h();
    int mx = Math.max(2, w / 50);
    int my = Math.max(2, h / 50);
    boolean[] ring = new boolean[w * h];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        ring[y * w + x] = x < mx || y < my || x >= w - mx || y >= h - my;
      }
    }
    float[][] channels = {s.r(), s.g(), s.b()};
    double[][] planes = new double[3][];
    for (int c = 0; c < 3; c++) {
      double[] first = plane(channels[c], ring, w, null, 0);
      planes[c] =
          plane(channels[c], ring, w, first, residualPercentile(channels[c], first, ring, w, 0.8));
    }
    double[] d = new double[w * h];
    int ringCount = 0;
    for (int i = 0; i < d.length; i++) {
      int x = i % w;
      int y = i / w;
      double m = 0;
      for (int c = 0; c < 3; c++) {
        m = Math.max(m, Math.abs(channels[c][i] - at(planes[c], x, y)));
      }
      d[i] = m;
      if (ring[i]) {
        ringCount++;
      }
    }
    double[] ringD = new double[ringCount];
    int k = 0;
    for (int i = 0; i < d.length; i++) {
      if (ring[i]) {
        ringD[k++] = d[i];
      }
    }
    Arrays.sort(ringD);
    double threshold = Math.max(25, ringD[(int) (0.9 * (ringD.length - 1))] + 12);
    boolean[] mask = new boolean[w * h];
    for (int i = 0; i < d.length; i++) {
      mask[i] = d[i] > threshold;
    }
    int close = Math.max(2, Math.max(w, h) / 120);
    mask = erode(dilate(mask, w, h, close), w, h, close);
    mask = dilate(erode(mask, w, h, close - 1), w, h, close - 1);
    return mask;
  }

  /**
   * Least-squares plane a + bx + cy over ring pixels; with {@code previous}, only over those within
   * {@code limit} of it (streaks and any card corner in the ring drop out).
   */
  private static double[] plane(
      float[] v, boolean[] ring, int w, double @Nullable [] previous, double limit) {
    double[][] m = new double[3][4];
    for (int i = 0; i < v.length; i++) {
      int x = i % w;
      int y = i / w;
      if (!ring[i] || (previous != null && Math.abs(v[i] - at(previous, x, y)) > limit)) {
        continue;
      }
      double[] row = {1, x, y};
      for (int a = 0; a < 3; a++) {
        for (int b = 0; b < 3; b++) {
          m[a][b] += row[a] * row[b];
        }
        m[a][3] += row[a] * v[i];
      }
    }
    return solve3(m);
  }

  private static double at(double[] plane, int x, int y) {
    return plane[0] + plane[1] * x + plane[2] * y;
  }

  private static double residualPercentile(
      float[] v, double[] plane, boolean[] ring, int w, double q) {
    double[] r = new double[v.length];
    int n = 0;
    for (int i = 0; i < v.length; i++) {
      if (ring[i]) {
        r[n++] = Math.abs(v[i] - at(plane, i % w, i / w));
      }
    }
    double[] used = Arrays.copyOf(r, n);
    Arrays.sort(used);
    return n == 0 ? 0 : used[(int) (q * (n - 1))] + 1;
  }

  private static double[] solve3(double[][] m) {
    for (int col = 0; col < 3; col++) {
      int pivot = col;
      for (int r = col + 1; r < 3; r++) {
        if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) {
          pivot = r;
        }
      }
      double[] t = m[col];
      m[col] = m[pivot];
      m[pivot] = t;
      if (Math.abs(m[col][col]) < 1e-9) {
        return new double[] {0, 0, 0};
      }
      for (int r = 0; r < 3; r++) {
        if (r != col) {
          double f = m[r][col] / m[col][col];
          for (int c = col; c < 4; c++) {
            m[r][c] -= f * m[col][c];
          }
        }
      }
    }
    return new double[] {m[0][3] / m[0][0], m[1][3] / m[1][1], m[2][3] / m[2][2]};
  }

  static boolean[] dilate(boolean[] in, int w, int h, int r) {
    return pass(pass(in, w, h, r, true), w, h, r, false);
  }

  static boolean[] erode(boolean[] in, int w, int h, int r) {
    return not(dilate(not(in), w, h, r));
  }

  private static boolean[] not(boolean[] in) {
    boolean[] out = new boolean[in.length];
    for (int i = 0; i < in.length; i++) {
      out[i] = !in[i];
    }
    return out;
  }

  /** Max filter of radius r along rows or columns, by running counts. */
  private static boolean[] pass(boolean[] in, int w, int h, int r, boolean rows) {
    boolean[] out = new boolean[in.length];
    int lines = rows ? h : w;
    int len = rows ? w : h;
    for (int l = 0; l < lines; l++) {
      int count = 0;
      for (int j = -r; j < len + r; j++) {
        int add = j + r;
        if (add < len && in[index(l, add, w, rows)]) {
          count++;
        }
        int drop = j - r - 1;
        if (drop >= 0 && drop < len && in[index(l, drop, w, rows)]) {
          count--;
        }
        if (j >= 0 && j < len) {
          out[index(l, j, w, rows)] = count > 0;
        }
      }
    }
    return out;
  }

  private static int index(int line, int pos, int w, boolean rows) {
    return rows ? line * w + pos : pos * w + line;
  }

  /**
   * Pixel indices of the largest 4-connected blob, joined by the sizeable blobs near it that do not
   * touch the photo's edge (the header, portrait and text of a card whose background is the desk's
   * colour fall apart into several), if that is big enough to be a card.
   */
  static Optional<int[]> largest(boolean[] mask, int w, int h) {
    List<int[]> blobs = components(mask, w, h);
    if (blobs.isEmpty()) {
      return Optional.empty();
    }
    int[] largest = blobs.stream().max(Comparator.comparingInt(b -> b.length)).orElseThrow();
    int[] box = box(largest, w);
    int growX = (box[2] - box[0]) * 2 / 5;
    int growY = (box[3] - box[1]) * 2 / 5;
    int total = 0;
    List<int[]> kept = new ArrayList<>();
    for (int[] b : blobs) {
      int[] bb = box(b, w);
      boolean edge = bb[0] == 0 || bb[1] == 0 || bb[2] == w - 1 || bb[3] == h - 1;
      boolean near =
          bb[0] >= box[0] - growX
              && bb[2] <= box[2] + growX
              && bb[1] >= box[1] - growY
              && bb[3] <= box[3] + growY;
      if (b == largest || (!edge && near && b.length >= mask.length / 500)) {
        kept.add(b);
        total += b.length;
      }
    }
    if (total < mask.length / 25) {
      return Optional.empty();
    }
    int[] all = new int[total];
    int k = 0;
    for (int[] b : kept) {
      System.arraycopy(b, 0, all, k, b.length);
      k += b.length;
    }
    return Optional.of(all);
  }

  /** {minX, minY, maxX, maxY}. */
  private static int[] box(int[] blob, int w) {
    int[] b = {Integer.MAX_VALUE, Integer.MAX_VALUE, -1, -1};
    for (int i : blob) {
      b[0] = Math.min(b[0], i % w);
      b[1] = Math.min(b[1], i / w);
      b[2] = Math.max(b[2], i % w);
      b[3] = Math.max(b[3], i / w);
    }
    return b;
  }

  private static List<int[]> components(boolean[] mask, int w, int h) {
    boolean[] seen = new boolean[mask.length];
    int[] queue = new int[mask.length];
    List<int[]> out = new ArrayList<>();
    for (int start = 0; start < mask.length; start++) {
      if (!mask[start] || seen[start]) {
        continue;
      }
      int head = 0;
      int tail = 0;
      queue[tail++] = start;
      seen[start] = true;
      while (head < tail) {
        int i = queue[head++];
        int x = i % w;
        int y = i / w;
        int[] next = {
          x > 0 ? i - 1 : -1, x < w - 1 ? i + 1 : -1, y > 0 ? i - w : -1, y < h - 1 ? i + w : -1
        };
        for (int n : next) {
          if (n >= 0 && mask[n] && !seen[n]) {
            seen[n] = true;
            queue[tail++] = n;
          }
        }
      }
      if (tail >= 8) {
        out.add(Arrays.copyOf(queue, tail));
      }
    }
    return out;
  }
}
