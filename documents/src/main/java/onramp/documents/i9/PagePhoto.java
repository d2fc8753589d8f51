package onramp.documents.i9;

import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import onramp.documents.image.Averaged;
import onramp.documents.image.Hull;
import onramp.documents.image.Lines;
import onramp.documents.image.Warp;

/**
 * Finds the sheet of paper in a photo of a Form I-9 page lying on a desk and maps it onto an
 * upright US Letter page, so the page can be read by position like a scan. A scan or a render
 * (paper to the image's edges) is left as it is.
 *
 * <p>How: on a copy shrunk to {@value #WORK} px, the desk's colour is modelled from the photo's
 * border (a plane per channel, so uneven room light is part of the desk). Paper is what is clearly
 * brighter than the desk there, or neutral where the desk is coloured: a shadow darkens paper and
 * desk alike, so both tests still hold under a soft shadow. The largest such region gives four
 * rough corners (the points of its convex hull furthest along the page's diagonals). Each side is
 * then placed on the strongest step of log brightness (paper to desk) near it on a copy of {@value
 * #REFINE} px, a line fitted through those steps with outliers dropped: a ratio of brightness, so
 * the step is as strong in the shadow as out of it. The quadrilateral the four lines make is
 * rectified by a homography ({@link Warp#rectify}), the shading of the page is divided out (the
 * paper's own brightness, estimated blockwise, becomes white), and what may be left of the desk at
 * the page's edges is whitened. {@link PageFrame} and {@link Deskew} then fit the form's own print
 * as on any scan.
 */
final class PagePhoto {
  static final int WORK = 640;
  static final int REFINE = 1400;

  /** Letter, portrait. */
  private static final double ASPECT = 11.0 / 8.5;

  /**
   * Share of the border that must be paper-white for the image to be a scan rather than a photo.
   */
  private static final double SCAN_BORDER = 0.85;

  /**
   * The outer share of the rectified page whitened: the form prints nothing that close to the edge
   * (0.5 in is 6%).
   */
  private static final double EDGE_RING = 0.02;

  /**
   * A step of log brightness from desk to paper: 16% brighter within a few pixels. Desk grain and
   * soft shadows stay below.
   */
  private static final double MIN_STEP = 0.15;

  /** Strength of the unsharp mask on the rectified page. */
  private static final double SHARPEN = 0.8;

  /** What an image turned out to be. */
  sealed interface Outcome {
    /** Paper to the edges (a scan or a render): read as it is. */
    record Scan() implements Outcome {}

    /** A photo, and the page found in it, rectified. */
    record Photo(BufferedImage page, Point2D[] corners) implements Outcome {}

    /** A photo (a desk around the picture) in which no page could be found. */
    record NoPage() implements Outcome {}
  }

  private PagePhoto() {}

  static Outcome of(BufferedImage image) {
    if (image.getWidth() < 64 || image.getHeight() < 64 || paperBorder(image) >= SCAN_BORDER) {
      return new Outcome.Scan();
    }
    Small small = Small.of(image, WORK);
    Optional<Point2D[]> corners = locate(image, small);
    if (corners.isEmpty()) {
      return new Outcome.NoPage();
    }
    return new Outcome.Photo(rectify(image, corners.get()), corners.get());
  }

  /**
   * Share of the image's border band (its outer 2.5%) that is paper-white and neutral, as a scanned
   * or rendered page is to its edges; sampled on a grid of about {@value #WORK} px.
   */
  static double paperBorder(BufferedImage image) {
    int w = image.getWidth();
    int h = image.getHeight();
    int band = Math.max(2, Math.min(w, h) / 40);
    int stride = Math.max(1, Math.max(w, h) / WORK);
    int paper = 0;
    int all = 0;
    for (int y = 0; y < h; y += stride) {
      boolean rowInBand = y < band || y >= h - band;
      for (int x = 0; x < w; x += stride) {
        if (!rowInBand && x >= band && x < w - band) {
          continue;
        }
        int c = image.getRGB(x, y);
        int r = (c >> 16) & 0xff;
        int g = (c >> 8) & 0xff;
        int b = c & 0xff;
        double lum = 0.299 * r + 0.587 * g + 0.114 * b;
        int chroma = Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b));
        paper += lum >= 185 && chroma < 32 ? 1 : 0;
        all++;
      }
    }
    return all == 0 ? 1 : paper / (double) all;
  }

  /**
   * The page's corners in the photo, clockwise from top-left; empty when no page-like region is
   * there.
   */
  static Optional<Point2D[]> locate(BufferedImage photo) {
    return locate(photo, Small.of(photo, WORK));
  }

  private static Optional<Point2D[]> locate(BufferedImage photo, Small small) {
    boolean[] paper = small.paperMask();
    int[] blob = largestBlob(paper, small.w, small.h);
    if (blob.length < 0.2 * small.w * small.h) {
      return Optional.empty();
    }
    Optional<Point2D[]> rough = roughCorners(blob, small.w);
    if (rough.isEmpty()) {
      return Optional.empty();
    }
    Small medium = Small.of(photo, REFINE);
    double k = (double) small.factor / medium.factor;
    Point2D[] quad = new Point2D[4];
    for (int i = 0; i < 4; i++) {
      quad[i] = new Point2D.Double(rough.get()[i].getX() * k, rough.get()[i].getY() * k);
    }
    Point2D[] refined = refine(medium, quad).orElse(quad);
    double area = area(refined);
    if (area < 0.2 * medium.w * medium.h || !convex(refined)) {
      return Optional.empty();
    }
    Point2D[] out = new Point2D[4];
    for (int i = 0; i < 4; i++) {
      out[i] =
          new Point2D.Double(refined[i].getX() * medium.factor, refined[i].getY() * medium.factor);
    }
    return Optional.of(out);
  }

  /**
   * The page as an upright grey Letter page at about the photo's own resolution, shading divided
   * out.
   */
  static BufferedImage rectify(BufferedImage photo, Point2D[] quad) {
    double top = (quad[0].distance(quad[1]) + quad[3].distance(quad[2])) / 2;
    double side = (quad[1].distance(quad[2]) + quad[0].distance(quad[3])) / 2;
    double dpi = Math.clamp((top / 8.5 + side / 11.0) / 2, 120, 300);
    int w = (int) Math.round(8.5 * dpi);
    int h = (int) Math.round(w * ASPECT);
    BufferedImage page = Warp.rectify(photo, quad, w, h);
    flatten(page);
    sharpen(page);
    whitenRing(page, (int) Math.round(EDGE_RING * w));
    return page;
  }

  /**
   * Divides each pixel by the paper's brightness around it: the brightest level of each block (the
   * paper between the print), widened over neighbouring blocks so a dark band of the form does not
   * count as paper, and interpolated between block centres.
   */
  static void flatten(BufferedImage page) {
    int w = page.getWidth();
    int h = page.getHeight();
    byte[] px = ((DataBufferByte) page.getRaster().getDataBuffer()).getData();
    int block = Math.max(8, w / 40);
    int bw = (w + block - 1) / block;
    int bh = (h + block - 1) / block;
    int[] bright = new int[bw * bh];
    for (int by = 0; by < bh; by++) {
      for (int bx = 0; bx < bw; bx++) {
        int[] hist = new int[256];
        int n = 0;
        for (int y = by * block; y < Math.min(h, (by + 1) * block); y++) {
          for (int x = bx * block; x < Math.min(w, (bx + 1) * block); x++) {
            hist[px[y * w + x] & 0xff]++;
            n++;
          }
        }
        // The 95th percentile: the paper, not a stray bright speck of noise.
        int want = (int) (n * 0.05);
        int level = 255;
        for (int acc = 0; level > 0; level--) {
          acc += hist[level];
          if (acc > want) {
            break;
          }
        }
        bright[by * bw + bx] = level;
      }
    }
    float[] paper = new float[bw * bh];
    for (int by = 0; by < bh; by++) {
      for (int bx = 0; bx < bw; bx++) {
        int m = 0;
        for (int dy = -2; dy <= 2; dy++) {
          for (int dx = -2; dx <= 2; dx++) {
            int y = Math.clamp(by + dy, 0, bh - 1);
            int x = Math.clamp(bx + dx, 0, bw - 1);
            m = Math.max(m, bright[y * bw + x]);
          }
        }
        paper[by * bw + bx] = Math.max(m, 40);
      }
    }
    for (int y = 0; y < h; y++) {
      double fy = Math.clamp((y + 0.5) / block - 0.5, 0, bh - 1);
      int y0 = (int) fy;
      int y1 = Math.min(bh - 1, y0 + 1);
      double ty = fy - y0;
      for (int x = 0; x < w; x++) {
        double fx = Math.clamp((x + 0.5) / block - 0.5, 0, bw - 1);
        int x0 = (int) fx;
        int x1 = Math.min(bw - 1, x0 + 1);
        double tx = fx - x0;
        double p =
            (paper[y0 * bw + x0] * (1 - tx) + paper[y0 * bw + x1] * tx) * (1 - ty)
                + (paper[y1 * bw + x0] * (1 - tx) + paper[y1 * bw + x1] * tx) * ty;
        int v = (int) Math.round((px[y * w + x] & 0xff) * 250.0 / p);
        px[y * w + x] = (byte) Math.min(255, v);
      }
    }
  }

  /**
   * Unsharp mask (3×3): a photo's blur, twice resampled (by the camera, then by the rectification),
   * runs thin strokes together ("ri" read as "n").
   */
  static void sharpen(BufferedImage page) {
    int w = page.getWidth();
    int h = page.getHeight();
    byte[] px = ((DataBufferByte) page.getRaster().getDataBuffer()).getData();
    byte[] src = px.clone();
    for (int y = 1; y < h - 1; y++) {
      for (int x = 1; x < w - 1; x++) {
        int sum = 0;
        for (int dy = -1; dy <= 1; dy++) {
          for (int dx = -1; dx <= 1; dx++) {
            sum += src[(y + dy) * w + x + dx] & 0xff;
          }
        }
        int v = src[y * w + x] & 0xff;
        px[y * w + x] = (byte) Math.clamp(Math.round(v + SHARPEN * (v - sum / 9.0)), 0, 255);
      }
    }
  }

  private static void whitenRing(BufferedImage page, int ring) {
    int w = page.getWidth();
    int h = page.getHeight();
    byte[] px = ((DataBufferByte) page.getRaster().getDataBuffer()).getData();
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        if (x < ring || y < ring || x >= w - ring || y >= h - ring) {
          px[y * w + x] = (byte) 255;
        }
      }
    }
  }

  /** Indices of the largest 4-connected region of true pixels. */
  private static int[] largestBlob(boolean[] mask, int w, int h) {
    int[] label = new int[mask.length];
    int[] stack = new int[mask.length];
    int[] best = new int[0];
    int next = 0;
    for (int start = 0; start < mask.length; start++) {
      if (!mask[start] || label[start] != 0) {
        continue;
      }
      next++;
      int top = 0;
      int size = 0;
      int[] members = new int[Math.max(16, best.length + 1)];
      stack[top++] = start;
      label[start] = next;
      while (top > 0) {
        int i = stack[--top];
        if (size == members.length) {
          members = java.util.Arrays.copyOf(members, size * 2);
        }
        members[size++] = i;
        int x = i % w;
        int y = i / w;
        int[] around = {
          x > 0 ? i - 1 : -1, x < w - 1 ? i + 1 : -1, y > 0 ? i - w : -1, y < h - 1 ? i + w : -1
        };
        for (int j : around) {
          if (j >= 0 && mask[j] && label[j] == 0) {
            label[j] = next;
            stack[top++] = j;
          }
        }
      }
      if (size > best.length) {
        best = java.util.Arrays.copyOf(members, size);
      }
    }
    return best;
  }

  /**
   * Four rough corners: the smallest rectangle around the region (its sides follow the paper's even
   * where a shadow took a corner of the region away), each corner replaced by the region's point
   * furthest along that diagonal when that point is close to it (closer under perspective).
   */
  private static Optional<Point2D[]> roughCorners(int[] blob, int w) {
    List<double[]> outline = outline(blob, w);
    List<double[]> hull = Hull.hull(outline);
    if (hull.size() < 4) {
      return Optional.empty();
    }
    double[] rect = Hull.minAreaRectangle(hull);
    double ux = Math.cos(rect[0]);
    double uy = Math.sin(rect[0]);
    Point2D[] box = new Point2D[4];
    double[][] uv = {
      {rect[1], rect[3]}, {rect[2], rect[3]}, {rect[2], rect[4]}, {rect[1], rect[4]}
    };
    for (int i = 0; i < 4; i++) {
      box[i] = new Point2D.Double(uv[i][0] * ux - uv[i][1] * uy, uv[i][0] * uy + uv[i][1] * ux);
    }
    box = clockwiseFromTopLeft(box);
    double size = Math.max(rect[2] - rect[1], rect[4] - rect[3]);
    double cx = 0;
    double cy = 0;
    for (Point2D p : box) {
      cx += p.getX() / 4;
      cy += p.getY() / 4;
    }
    Point2D[] corners = new Point2D[4];
    for (int k = 0; k < 4; k++) {
      double dx = box[k].getX() - cx;
      double dy = box[k].getY() - cy;
      double[] far = hull.get(0);
      double best = far[0] * dx + far[1] * dy;
      for (double[] p : hull) {
        double v = p[0] * dx + p[1] * dy;
        if (v > best) {
          best = v;
          far = p;
        }
      }
      Point2D extreme = new Point2D.Double(far[0], far[1]);
      corners[k] = extreme.distance(box[k]) < 0.04 * size ? extreme : box[k];
    }
    return convex(corners) ? Optional.of(corners) : Optional.empty();
  }

  /**
   * For each row of the region its leftmost and rightmost pixel edge, for each column its top and
   * bottom.
   */
  private static List<double[]> outline(int[] blob, int w) {
    java.util.Map<Integer, int[]> rows = new java.util.HashMap<>();
    java.util.Map<Integer, int[]> cols = new java.util.HashMap<>();
    for (int i : blob) {
      int x = i % w;
      int y = i / w;
      rows.merge(
          y, new int[] {x, x}, (a, b) -> new int[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
      cols.merge(
          x, new int[] {y, y}, (a, b) -> new int[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
    }
    List<double[]> points = new ArrayList<>();
    rows.forEach(
        (y, r) -> {
          points.add(new double[] {r[0], y + 0.5});
          points.add(new double[] {r[1] + 1, y + 0.5});
        });
    cols.forEach(
        (x, c) -> {
          points.add(new double[] {x + 0.5, c[0]});
          points.add(new double[] {x + 0.5, c[1] + 1});
        });
    return points;
  }

  /** The corners ordered clockwise (on screen) starting from the one nearest the top-left. */
  private static Point2D[] clockwiseFromTopLeft(Point2D[] q) {
    double cx = 0;
    double cy = 0;
    for (Point2D p : q) {
      cx += p.getX() / 4;
      cy += p.getY() / 4;
    }
    double mx = cx;
    double my = cy;
    Point2D[] sorted = q.clone();
    java.util.Arrays.sort(
        sorted,
        java.util.Comparator.comparingDouble(p -> Math.atan2(p.getY() - my, p.getX() - mx)));
    int start = 0;
    for (int i = 1; i < 4; i++) {
      if (sorted[i].getX() + sorted[i].getY() < sorted[start].getX() + sorted[start].getY()) {
        start = i;
      }
    }
    Point2D[] out = new Point2D[4];
    for (int i = 0; i < 4; i++) {
      out[i] = sorted[(start + i) % 4];
    }
    return out;
  }

  /**
   * Each side moved to the strongest paper-to-desk step of log brightness within a few percent of
   * it, as a line fitted through those steps (outliers dropped); empty when a side finds too few.
   */
  private static Optional<Point2D[]> refine(Small medium, Point2D[] quad) {
    float[] log = medium.logLuminance();
    double cx = 0;
    double cy = 0;
    for (Point2D p : quad) {
      cx += p.getX() / 4;
      cy += p.getY() / 4;
    }
    double[][] lines = new double[4][];
    for (int s = 0; s < 4; s++) {
      Point2D a = quad[s];
      Point2D b = quad[(s + 1) % 4];
      double len = a.distance(b);
      double ux = (b.getX() - a.getX()) / len;
      double uy = (b.getY() - a.getY()) / len;
      double nx = uy;
      double ny = -ux;
      // Outward: away from the centre.
      double mxs = (a.getX() + b.getX()) / 2;
      double mys = (a.getY() + b.getY()) / 2;
      if ((mxs - cx) * nx + (mys - cy) * ny < 0) {
        nx = -nx;
        ny = -ny;
      }
      double size = Math.max(quad[0].distance(quad[1]), quad[1].distance(quad[2]));
      // The paper's edge lies on or inside the rough side; the form's own print begins 6% in.
      double outward = 0.02 * size;
      double inward = 0.045 * size;
      List<double[]> points = new ArrayList<>();
      for (int i = 0; i <= 48; i++) {
        double t = 0.06 + 0.88 * i / 48.0;
        double qx = a.getX() + (b.getX() - a.getX()) * t;
        double qy = a.getY() + (b.getY() - a.getY()) * t;
        // From the desk inwards, the first clear step up to paper, then its strongest point.
        double bestStep = 0;
        double bestAt = Double.NaN;
        for (double d = outward; d >= -inward; d -= 0.5) {
          if (!Double.isNaN(bestAt) && d < bestAt - 4) {
            break;
          }
          double px = qx + nx * d;
          double py = qy + ny * d;
          double step =
              medium.at(log, px - 2 * nx, py - 2 * ny) - medium.at(log, px + 2 * nx, py + 2 * ny);
          if (step >= MIN_STEP && step > bestStep) {
            bestStep = step;
            bestAt = d;
          }
        }
        if (!Double.isNaN(bestAt)) {
          points.add(new double[] {qx + nx * bestAt, qy + ny * bestAt});
        }
      }
      Optional<double[]> line = fitLine(points);
      if (line.isEmpty()) {
        return Optional.empty();
      }
      lines[s] = line.get();
    }
    Point2D[] out = new Point2D[4];
    for (int s = 0; s < 4; s++) {
      // Corner s is where side s-1 (ending there) meets side s (starting there).
      Optional<Point2D> p = Lines.intersect(lines[(s + 3) % 4], lines[s]);
      if (p.isEmpty() || p.get().distance(quad[s]) > 0.06 * Math.max(medium.w, medium.h)) {
        return Optional.empty();
      }
      out[s] = p.get();
    }
    return Optional.of(out);
  }

  /** Total least squares, twice dropping points far from the line; {a, b, c} with a·x + b·y = c. */
  private static Optional<double[]> fitLine(List<double[]> points) {
    List<double[]> kept = new ArrayList<>(points);
    double[] line = null;
    for (int round = 0; round < 3; round++) {
      if (kept.size() < 10) {
        return Optional.empty();
      }
      line = Lines.fit(kept);
      double a = line[0];
      double b = line[1];
      double[] residuals = new double[kept.size()];
      for (int i = 0; i < kept.size(); i++) {
        residuals[i] = Math.abs(a * kept.get(i)[0] + b * kept.get(i)[1] - line[2]);
      }
      double[] sorted = residuals.clone();
      java.util.Arrays.sort(sorted);
      double limit = Math.max(1.0, 2.5 * sorted[sorted.length / 2]);
      List<double[]> next = new ArrayList<>();
      for (int i = 0; i < kept.size(); i++) {
        if (residuals[i] <= limit) {
          next.add(kept.get(i));
        }
      }
      kept = next;
    }
    return Optional.ofNullable(line);
  }

  static double area(Point2D[] q) {
    double a = 0;
    for (int i = 0; i < q.length; i++) {
      Point2D p = q[i];
      Point2D n = q[(i + 1) % q.length];
      a += p.getX() * n.getY() - n.getX() * p.getY();
    }
    return Math.abs(a) / 2;
  }

  private static boolean convex(Point2D[] q) {
    int sign = 0;
    for (int i = 0; i < 4; i++) {
      Point2D a = q[i];
      Point2D b = q[(i + 1) % 4];
      Point2D c = q[(i + 2) % 4];
      double cross =
          (b.getX() - a.getX()) * (c.getY() - b.getY())
              - (b.getY() - a.getY()) * (c.getX() - b.getX());
      int s = cross > 1e-9 ? 1 : cross < -1e-9 ? -1 : 0;
      if (s == 0 || (sign != 0 && s != sign)) {
        return false;
      }
      sign = s;
    }
    return true;
  }

  /** The photo averaged down to at most {@code longSide} px, per channel. */
  private record Small(int w, int h, int factor, float[] r, float[] g, float[] b) {
    static Small of(BufferedImage photo, int longSide) {
      Averaged a = Averaged.of(photo, longSide);
      return new Small(a.w(), a.h(), a.factor(), a.r(), a.g(), a.b());
    }

    private double lum(int i) {
      return 0.299 * r[i] + 0.587 * g[i] + 0.114 * b[i];
    }

    private int band() {
      return Math.max(2, Math.min(w, h) / 40);
    }

    private boolean inBorder(int x, int y) {
      int band = band();
      return x < band || y < band || x >= w - band || y >= h - band;
    }

    /** Pixels that are paper against the desk modelled from the border. */
    boolean[] paperMask() {
      double[][] desk = {plane(r), plane(g), plane(b)};
      boolean[] mask = new boolean[w * h];
      for (int y = 0; y < h; y++) {
        for (int x = 0; x < w; x++) {
          int i = y * w + x;
          double dr = Math.max(1, desk[0][0] + desk[0][1] * x + desk[0][2] * y);
          double dg = Math.max(1, desk[1][0] + desk[1][1] * x + desk[1][2] * y);
          double db = Math.max(1, desk[2][0] + desk[2][1] * x + desk[2][2] * y);
          double ld = 0.299 * dr + 0.587 * dg + 0.114 * db;
          double lp = lum(i);
          boolean brighter = lp > 1.3 * ld + 10;
          // Chromaticity: colour with brightness divided out, which a shadow does not change.
          double deskTint = Math.abs(dr / ld - 1) + Math.abs(dg / ld - 1) + Math.abs(db / ld - 1);
          double tint =
              Math.abs(r[i] / (lp + 1) - 1)
                  + Math.abs(g[i] / (lp + 1) - 1)
                  + Math.abs(b[i] / (lp + 1) - 1);
          boolean neutralOnColour = deskTint > 0.3 && tint < 0.12 && lp > 70 && lp > 0.9 * ld;
          mask[i] = brighter || neutralOnColour;
        }
      }
      return mask;
    }

    /** Least-squares plane c0 + c1·x + c2·y through the channel's border pixels. */
    private double[] plane(float[] channel) {
      double[][] m = new double[3][4];
      for (int y = 0; y < h; y++) {
        for (int x = 0; x < w; x++) {
          if (inBorder(x, y)) {
            double[] v = {1, x, y};
            double z = channel[y * w + x];
            for (int a = 0; a < 3; a++) {
              for (int c = 0; c < 3; c++) {
                m[a][c] += v[a] * v[c];
              }
              m[a][3] += v[a] * z;
            }
          }
        }
      }
      for (int col = 0; col < 3; col++) {
        int pivot = col;
        for (int rr = col + 1; rr < 3; rr++) {
          if (Math.abs(m[rr][col]) > Math.abs(m[pivot][col])) {
            pivot = rr;
          }
        }
        double[] t = m[col];
        m[col] = m[pivot];
        m[pivot] = t;
        if (Math.abs(m[col][col]) < 1e-9) {
          return new double[] {m[0][3] / Math.max(1, m[0][0]), 0, 0};
        }
        for (int rr = 0; rr < 3; rr++) {
          if (rr != col) {
            double f = m[rr][col] / m[col][col];
            for (int c = col; c < 4; c++) {
              m[rr][c] -= f * m[col][c];
            }
          }
        }
      }
      return new double[] {m[0][3] / m[0][0], m[1][3] / m[1][1], m[2][3] / m[2][2]};
    }

    /** log(1 + luminance), smoothed over 3×3. */
    float[] logLuminance() {
      float[] l = new float[w * h];
      for (int i = 0; i < l.length; i++) {
        l[i] = (float) Math.log1p(lum(i));
      }
      float[] out = new float[w * h];
      for (int y = 0; y < h; y++) {
        for (int x = 0; x < w; x++) {
          float s = 0;
          for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
              s += l[Math.clamp(y + dy, 0, h - 1) * w + Math.clamp(x + dx, 0, w - 1)];
            }
          }
          out[y * w + x] = s / 9;
        }
      }
      return out;
    }

    /** Bilinear value of {@code field} at a real position, clamped to the image. */
    double at(float[] field, double x, double y) {
      double fx = Math.clamp(x - 0.5, 0, w - 1.001);
      double fy = Math.clamp(y - 0.5, 0, h - 1.001);
      int x0 = (int) fx;
      int y0 = (int) fy;
      double tx = fx - x0;
      double ty = fy - y0;
      return (field[y0 * w + x0] * (1 - tx) + field[y0 * w + x0 + 1] * tx) * (1 - ty)
          + (field[(y0 + 1) * w + x0] * (1 - tx) + field[(y0 + 1) * w + x0 + 1] * tx) * ty;
    }
  }
}
