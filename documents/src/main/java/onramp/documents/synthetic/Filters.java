package onramp.documents.synthetic;

import java.awt.image.BufferedImage;
import java.util.SplittableRandom;

/** Pixel filters on {@code TYPE_INT_RGB} images: Gaussian blur and sensor noise. */
final class Filters {
  private Filters() {}

  /** Separable Gaussian blur with standard deviation {@code sigma} pixels, edges clamped. */
  static BufferedImage gaussianBlur(BufferedImage image, double sigma) {
    if (sigma < 0.2) {
      return image;
    }
    int radius = (int) Math.ceil(3 * sigma);
    float[] kernel = new float[2 * radius + 1];
    float sum = 0;
    for (int i = -radius; i <= radius; i++) {
      kernel[i + radius] = (float) Math.exp(-(i * i) / (2 * sigma * sigma));
      sum += kernel[i + radius];
    }
    for (int i = 0; i < kernel.length; i++) {
      kernel[i] /= sum;
    }
    int w = image.getWidth();
    int h = image.getHeight();
    int[] src = image.getRGB(0, 0, w, h, null, 0, w);
    int[] tmp = new int[w * h];
    pass(src, tmp, w, h, kernel, radius, true);
    pass(tmp, src, w, h, kernel, radius, false);
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    out.setRGB(0, 0, w, h, src, 0, w);
    return out;
  }

  private static void pass(
      int[] src, int[] dst, int w, int h, float[] k, int radius, boolean horizontal) {
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        float r = 0;
        float g = 0;
        float b = 0;
        for (int i = -radius; i <= radius; i++) {
          int sx = horizontal ? Math.min(w - 1, Math.max(0, x + i)) : x;
          int sy = horizontal ? y : Math.min(h - 1, Math.max(0, y + i));
          int p = src[sy * w + sx];
          float f = k[i + radius];
          r += f * ((p >> 16) & 0xff);
          g += f * ((p >> 8) & 0xff);
          b += f * (p & 0xff);
        }
        dst[y * w + x] = (Math.round(r) << 16) | (Math.round(g) << 8) | Math.round(b);
      }
    }
  }

  /** Adds Gaussian noise of {@code sigma} grey levels, mostly shared by the three channels. */
  static BufferedImage noise(BufferedImage image, double sigma, long seed) {
    if (sigma <= 0) {
      return image;
    }
    SplittableRandom rnd = new SplittableRandom(seed);
    int w = image.getWidth();
    int h = image.getHeight();
    int[] px = image.getRGB(0, 0, w, h, null, 0, w);
    for (int i = 0; i < px.length; i++) {
      double shared = rnd.nextGaussian() * sigma * 0.85;
      int p = px[i];
      int r = clamp(((p >> 16) & 0xff) + shared + rnd.nextGaussian() * sigma * 0.3);
      int g = clamp(((p >> 8) & 0xff) + shared + rnd.nextGaussian() * sigma * 0.3);
      int b = clamp((p & 0xff) + shared + rnd.nextGaussian() * sigma * 0.3);
      px[i] = (r << 16) | (g << 8) | b;
    }
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    out.setRGB(0, 0, w, h, px, 0, w);
    return out;
  }

  private static int clamp(double v) {
    return v < 0 ? 0 : v > 255 ? 255 : (int) Math.round(v);
  }
}
