package onramp.documents.barcode;

import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import onramp.documents.image.Homography;

/**
 * An 8-bit luminance image with the few operations the decoder's retries need. Immutable: every
 * operation returns a new image, so derived images can be shared between attempts.
 */
final class Gray {
  private final int width;
  private final int height;
  private final byte[] pixels;

  Gray(int width, int height, byte[] pixels) {
    if (width <= 0 || height <= 0 || pixels.length != width * height) {
      throw new IllegalArgumentException("bad gray image " + width + "×" + height);
    }
    this.width = width;
    this.height = height;
    this.pixels = pixels;
  }

  static Gray of(BufferedImage image) {
    int w = image.getWidth();
    int h = image.getHeight();
    byte[] out = new byte[w * h];
    var buffer = image.getRaster().getDataBuffer();
    boolean packed = image.getRaster().getParent() == null; // not a sub-image sharing a buffer
    if (packed
        && image.getType() == BufferedImage.TYPE_BYTE_GRAY
        && buffer instanceof DataBufferByte bytes
        && bytes.getData().length == w * h) {
      System.arraycopy(bytes.getData(), 0, out, 0, w * h);
    } else if (packed
        && image.getType() == BufferedImage.TYPE_3BYTE_BGR
        && buffer instanceof DataBufferByte bytes
        && bytes.getData().length == 3 * w * h) {
      // What ImageIO gives for a JPEG: read the bytes directly, 5× faster than getRGB.
      byte[] bgr = bytes.getData();
      for (int i = 0, j = 0; i < out.length; i++, j += 3) {
        out[i] = (byte) luma(bgr[j + 2] & 0xff, bgr[j + 1] & 0xff, bgr[j] & 0xff);
      }
    } else if (packed
        && image.getType() == BufferedImage.TYPE_INT_RGB
        && buffer instanceof DataBufferInt ints
        && ints.getData().length == w * h) {
      int[] rgb = ints.getData();
      for (int i = 0; i < out.length; i++) {
        int p = rgb[i];
        out[i] = (byte) luma((p >> 16) & 0xff, (p >> 8) & 0xff, p & 0xff);
      }
    } else {
      int[] row = new int[w];
      for (int y = 0; y < h; y++) {
        image.getRGB(0, y, w, 1, row, 0, w);
        for (int x = 0; x < w; x++) {
          int argb = row[x];
          int alpha = argb >>> 24;
          int luma = luma((argb >> 16) & 0xff, (argb >> 8) & 0xff, argb & 0xff);
          // Transparent pixels read as white paper, as they would print.
          out[y * w + x] = (byte) ((luma * alpha + 255 * (255 - alpha)) / 255);
        }
      }
    }
    return new Gray(w, h, out);
  }

  private static int luma(int r, int g, int b) {
    return (306 * r + 601 * g + 117 * b + 512) >> 10;
  }

  int width() {
    return width;
  }

  int height() {
    return height;
  }

  /** The backing array; callers must not modify it. */
  byte[] pixels() {
    return pixels;
  }

  int at(int x, int y) {
    return pixels[y * width + x] & 0xff;
  }

  /** 3×3 median: removes salt-and-pepper and sensor noise while keeping bar edges sharp. */
  Gray median3() {
    byte[] out = pixels.clone();
    int[] v = new int[9];
    for (int y = 1; y < height - 1; y++) {
      int base = y * width;
      for (int x = 1; x < width - 1; x++) {
        int i = base + x;
        v[0] = pixels[i - width - 1] & 0xff;
        v[1] = pixels[i - width] & 0xff;
        v[2] = pixels[i - width + 1] & 0xff;
        v[3] = pixels[i - 1] & 0xff;
        v[4] = pixels[i] & 0xff;
        v[5] = pixels[i + 1] & 0xff;
        v[6] = pixels[i + width - 1] & 0xff;
        v[7] = pixels[i + width] & 0xff;
        v[8] = pixels[i + width + 1] & 0xff;
        out[i] = (byte) median9(v);
      }
    }
    return new Gray(width, height, out);
  }

  /**
   * Unsharp mask against the 3×3 mean, at twice the difference: steepens the edges blur has
   * softened, so narrow modules threshold cleanly again.
   */
  Gray sharpened() {
    byte[] out = pixels.clone();
    for (int y = 1; y < height - 1; y++) {
      for (int x = 1; x < width - 1; x++) {
        int i = y * width + x;
        int sum = 0;
        for (int dy = -width; dy <= width; dy += width) {
          sum +=
              (pixels[i + dy - 1] & 0xff) + (pixels[i + dy] & 0xff) + (pixels[i + dy + 1] & 0xff);
        }
        int p = pixels[i] & 0xff;
        int v = p + 2 * (p - sum / 9);
        out[i] = (byte) (v < 0 ? 0 : Math.min(255, v));
      }
    }
    return new Gray(width, height, out);
  }

  /** Paeth's median-of-9 exchange network (19 compare-swaps). */
  private static int median9(int[] p) {
    sort(p, 1, 2);
    sort(p, 4, 5);
    sort(p, 7, 8);
    sort(p, 0, 1);
    sort(p, 3, 4);
    sort(p, 6, 7);
    sort(p, 1, 2);
    sort(p, 4, 5);
    sort(p, 7, 8);
    sort(p, 0, 3);
    sort(p, 5, 8);
    sort(p, 4, 7);
    sort(p, 3, 6);
    sort(p, 1, 4);
    sort(p, 2, 5);
    sort(p, 4, 7);
    sort(p, 4, 2);
    sort(p, 6, 4);
    sort(p, 4, 2);
    return p[4];
  }

  private static void sort(int[] p, int a, int b) {
    if (p[a] > p[b]) {
      int t = p[a];
      p[a] = p[b];
      p[b] = t;
    }
  }

  /**
   * Resized by {@code factor}. Shrinking averages whole source boxes (a cheap denoiser and no
   * aliasing); enlarging interpolates bilinearly.
   */
  Gray scaled(double factor) {
    int w = Math.max(1, (int) Math.round(width * factor));
    int h = Math.max(1, (int) Math.round(height * factor));
    byte[] out = new byte[w * h];
    if (factor < 1) {
      for (int y = 0; y < h; y++) {
        int y0 = (int) (y / factor);
        int y1 = Math.max(y0 + 1, Math.min(height, (int) ((y + 1) / factor)));
        for (int x = 0; x < w; x++) {
          int x0 = (int) (x / factor);
          int x1 = Math.max(x0 + 1, Math.min(width, (int) ((x + 1) / factor)));
          int sum = 0;
          for (int yy = y0; yy < y1; yy++) {
            int base = yy * width;
            for (int xx = x0; xx < x1; xx++) {
              sum += pixels[base + xx] & 0xff;
            }
          }
          out[y * w + x] = (byte) (sum / ((y1 - y0) * (x1 - x0)));
        }
      }
    } else {
      for (int y = 0; y < h; y++) {
        double sy = (y + 0.5) / factor - 0.5;
        for (int x = 0; x < w; x++) {
          out[y * w + x] = (byte) bilinear((x + 0.5) / factor - 0.5, sy, 255);
        }
      }
    }
    return new Gray(w, h, out);
  }

  /**
   * Enlarged {@code factor} times with bicubic (Keys, a = −0.5) interpolation, separably: for
   * symbols with modules of 1–2.5 px, which bilinear enlargement leaves as soft ramps where the
   * binarizer cannot place the bar edges. Overshoot is clipped to 0–255.
   */
  Gray enlargedBicubic(int factor) {
    if (factor < 2) {
      return this;
    }
    int w = width * factor;
    int h = height * factor;
    double[][] weights = new double[factor][4];
    int[] base = new int[factor];
    for (int p = 0; p < factor; p++) {
      double s = (p + 0.5) / factor - 0.5;
      int i0 = (int) Math.floor(s);
      double t = s - i0;
      base[p] = i0 - 1;
      for (int k = 0; k < 4; k++) {
        weights[p][k] = keys(t - (k - 1));
      }
    }
    // Rows first (width × factor), then columns.
    float[] rows = new float[w * height];
    for (int y = 0; y < height; y++) {
      int row = y * width;
      for (int x = 0; x < width; x++) {
        for (int p = 0; p < factor; p++) {
          double v = 0;
          for (int k = 0; k < 4; k++) {
            v += weights[p][k] * (pixels[row + clamp(x + base[p] + k, width)] & 0xff);
          }
          rows[y * w + x * factor + p] = (float) v;
        }
      }
    }
    byte[] out = new byte[w * h];
    for (int y = 0; y < height; y++) {
      for (int p = 0; p < factor; p++) {
        int oy = y * factor + p;
        int r0 = clamp(y + base[p], height) * w;
        int r1 = clamp(y + base[p] + 1, height) * w;
        int r2 = clamp(y + base[p] + 2, height) * w;
        int r3 = clamp(y + base[p] + 3, height) * w;
        double[] k = weights[p];
        for (int x = 0; x < w; x++) {
          double v =
              k[0] * rows[r0 + x] + k[1] * rows[r1 + x] + k[2] * rows[r2 + x] + k[3] * rows[r3 + x];
          out[oy * w + x] = (byte) Math.max(0, Math.min(255, (int) Math.round(v)));
        }
      }
    }
    return new Gray(w, h, out);
  }

  /** The Keys cubic convolution kernel with a = −0.5 (Catmull–Rom). */
  private static double keys(double d) {
    double x = Math.abs(d);
    if (x < 1) {
      return 1.5 * x * x * x - 2.5 * x * x + 1;
    }
    if (x < 2) {
      return -0.5 * x * x * x + 2.5 * x * x - 4 * x + 2;
    }
    return 0;
  }

  /**
   * Rotated by {@code degrees} about the centre (positive turns features clockwise on screen), on a
   * canvas large enough to hold all of it; uncovered corners are white.
   */
  Gray rotated(double degrees) {
    double rad = Math.toRadians(degrees);
    double cos = Math.cos(rad);
    double sin = Math.sin(rad);
    // The epsilon keeps cos 90° ≈ 6e-17 from adding a whole pixel.
    int w = (int) Math.ceil(Math.abs(width * cos) + Math.abs(height * sin) - 1e-9);
    int h = (int) Math.ceil(Math.abs(width * sin) + Math.abs(height * cos) - 1e-9);
    byte[] out = new byte[w * h];
    double cx = (width - 1) / 2.0;
    double cy = (height - 1) / 2.0;
    double ox = (w - 1) / 2.0;
    double oy = (h - 1) / 2.0;
    for (int y = 0; y < h; y++) {
      double dy = y - oy;
      for (int x = 0; x < w; x++) {
        double dx = x - ox;
        out[y * w + x] = (byte) bilinear(cx + dx * cos - dy * sin, cy + dx * sin + dy * cos, 255);
      }
    }
    return new Gray(w, h, out);
  }

  /**
   * The quadrilateral {@code quad} (top-left, top-right, bottom-right, bottom-left) mapped onto an
   * upright {@code w}×{@code h} rectangle inside a white margin: undoes perspective.
   */
  Gray rectified(Point2D[] quad, int w, int h, int margin) {
    int ow = w + 2 * margin;
    int oh = h + 2 * margin;
    Point2D[] rect = {
      new Point2D.Double(margin, margin), new Point2D.Double(margin + w, margin),
      new Point2D.Double(margin + w, margin + h), new Point2D.Double(margin, margin + h)
    };
    Homography toSource = Homography.mapping(rect, quad);
    byte[] out = new byte[ow * oh];
    double[] p = new double[2];
    for (int y = 0; y < oh; y++) {
      for (int x = 0; x < ow; x++) {
        toSource.apply(x + 0.5, y + 0.5, p);
        out[y * ow + x] = (byte) bilinear(p[0] - 0.5, p[1] - 0.5, 255);
      }
    }
    return new Gray(ow, oh, out);
  }

  /** Rotated by a quarter turn clockwise, exactly (no interpolation). */
  Gray quarterTurn() {
    byte[] out = new byte[width * height];
    int w = height;
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        out[x * w + (height - 1 - y)] = pixels[y * width + x];
      }
    }
    return new Gray(w, width, out);
  }

  /** The given window, clipped to the image. */
  Gray crop(int x0, int y0, int x1, int y1) {
    int ax = Math.max(0, x0);
    int ay = Math.max(0, y0);
    int bx = Math.min(width, x1);
    int by = Math.min(height, y1);
    if (bx <= ax || by <= ay) {
      return this;
    }
    int w = bx - ax;
    byte[] out = new byte[w * (by - ay)];
    for (int y = ay; y < by; y++) {
      System.arraycopy(pixels, y * width + ax, out, (y - ay) * w, w);
    }
    return new Gray(w, by - ay, out);
  }

  private int bilinear(double sx, double sy, int outside) {
    if (sx < -0.5 || sy < -0.5 || sx > width - 0.5 || sy > height - 0.5) {
      return outside;
    }
    int x0 = (int) Math.floor(sx);
    int y0 = (int) Math.floor(sy);
    double fx = sx - x0;
    double fy = sy - y0;
    int xa = clamp(x0, width);
    int xb = clamp(x0 + 1, width);
    int ya = clamp(y0, height);
    int yb = clamp(y0 + 1, height);
    double top = at(xa, ya) * (1 - fx) + at(xb, ya) * fx;
    double bottom = at(xa, yb) * (1 - fx) + at(xb, yb) * fx;
    return (int) Math.round(top * (1 - fy) + bottom * fy);
  }

  private static int clamp(int v, int size) {
    return v < 0 ? 0 : Math.min(v, size - 1);
  }
}
