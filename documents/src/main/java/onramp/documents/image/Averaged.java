package onramp.documents.image;

import java.awt.image.BufferedImage;

/**
 * A photo averaged down by a whole factor so its long side is at most {@code longSide} px, per
 * channel, row-major: what the card locator and the I-9 page finder work on.
 */
public record Averaged(int w, int h, int factor, float[] r, float[] g, float[] b) {

  public static Averaged of(BufferedImage photo, int longSide) {
    int pw = photo.getWidth();
    int ph = photo.getHeight();
    int f = Math.max(1, (int) Math.ceil(Math.max(pw, ph) / (double) longSide));
    int w = pw / f;
    int h = ph / f;
    float[] r = new float[w * h];
    float[] g = new float[w * h];
    float[] b = new float[w * h];
    int[] row = new int[pw];
    for (int y = 0; y < h * f; y++) {
      photo.getRGB(0, y, pw, 1, row, 0, pw);
      int base = (y / f) * w;
      for (int x = 0; x < w * f; x++) {
        int p = row[x];
        int i = base + x / f;
        r[i] += (p >> 16) & 0xff;
        g[i] += (p >> 8) & 0xff;
        b[i] += p & 0xff;
      }
    }
    float n = f * f;
    for (int i = 0; i < r.length; i++) {
      r[i] /= n;
      g[i] /= n;
      b[i] /= n;
    }
    return new Averaged(w, h, f, r, g, b);
  }
}
