package onramp.documents.front;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/**
 * The image steps before OCR: grey, scaled so that card text is about 30 px high, straightened, and
 * binarised with a local (Bradley) threshold so gradients and security patterns drop out.
 */
final class GreyImage {
  /** Long side Tesseract gets: 2000 read 95% of fields of 30 random cards, 1400 only 92%. */
  static final int TARGET_LONG_SIDE = 2000;

  private GreyImage() {}

  /**
   * Grey copy scaled so the long side is about {@link #TARGET_LONG_SIDE}, rotated by quarter turns.
   */
  static BufferedImage prepare(BufferedImage source, int quarterTurns) {
    int[] size = size(source, quarterTurns);
    BufferedImage grey = new BufferedImage(size[0], size[1], BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = grey.createGraphics();
    try {
      g.setRenderingHint(
          RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      g.drawImage(source, placement(source, quarterTurns), null);
    } finally {
      g.dispose();
    }
    return grey;
  }

  /**
   * Source pixel to the pixel Tesseract was given: {@link #prepare} with {@code quarterTurns}, then
   * {@link #rotate} by {@code skewDegrees} (0 when not straightened).
   */
  static AffineTransform transform(BufferedImage source, int quarterTurns, double skewDegrees) {
    int[] size = size(source, quarterTurns);
    AffineTransform t =
        AffineTransform.getRotateInstance(
            Math.toRadians(skewDegrees), size[0] / 2.0, size[1] / 2.0);
    t.concatenate(placement(source, quarterTurns));
    return t;
  }

  private static double scale(BufferedImage source) {
    return (double) TARGET_LONG_SIDE / Math.max(source.getWidth(), source.getHeight());
  }

  /** Width and height of the prepared image. */
  private static int[] size(BufferedImage source, int quarterTurns) {
    boolean sideways = quarterTurns % 2 != 0;
    int w = sideways ? source.getHeight() : source.getWidth();
    int h = sideways ? source.getWidth() : source.getHeight();
    return new int[] {
      Math.max((int) Math.round(w * scale(source)), 1),
      Math.max((int) Math.round(h * scale(source)), 1)
    };
  }

  /** Where {@link #prepare} puts a source pixel. */
  private static AffineTransform placement(BufferedImage source, int quarterTurns) {
    int[] size = size(source, quarterTurns);
    AffineTransform t = new AffineTransform();
    t.translate(size[0] / 2.0, size[1] / 2.0);
    t.quadrantRotate(quarterTurns);
    t.scale(scale(source), scale(source));
    t.translate(-source.getWidth() / 2.0, -source.getHeight() / 2.0);
    return t;
  }

  /** Rotates a grey image by a small angle about its centre, filling the corners with white. */
  static BufferedImage rotate(BufferedImage grey, double degrees) {
    BufferedImage out =
        new BufferedImage(grey.getWidth(), grey.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = out.createGraphics();
    try {
      g.setColor(java.awt.Color.WHITE);
      g.fillRect(0, 0, out.getWidth(), out.getHeight());
      g.setRenderingHint(
          RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.rotate(Math.toRadians(degrees), grey.getWidth() / 2.0, grey.getHeight() / 2.0);
      g.drawImage(grey, 0, 0, null);
    } finally {
      g.dispose();
    }
    return out;
  }

  static byte[] pixels(BufferedImage grey) {
    return ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
  }

  /**
   * Bradley local-mean threshold: a pixel is ink when darker than {@code 1 - sensitivity} of the
   * mean of its window. Returns 0 for ink and 255 for paper.
   */
  static byte[] binarise(byte[] grey, int w, int h, double sensitivity) {
    long[] integral = new long[(w + 1) * (h + 1)];
    for (int y = 0; y < h; y++) {
      long row = 0;
      for (int x = 0; x < w; x++) {
        row += grey[y * w + x] & 0xff;
        integral[(y + 1) * (w + 1) + x + 1] = integral[y * (w + 1) + x + 1] + row;
      }
    }
    int half = Math.max(8, Math.max(w, h) / 24);
    byte[] out = new byte[w * h];
    for (int y = 0; y < h; y++) {
      int y0 = Math.max(0, y - half);
      int y1 = Math.min(h, y + half + 1);
      for (int x = 0; x < w; x++) {
        int x0 = Math.max(0, x - half);
        int x1 = Math.min(w, x + half + 1);
        long sum =
            integral[y1 * (w + 1) + x1]
                - integral[y0 * (w + 1) + x1]
                - integral[y1 * (w + 1) + x0]
                + integral[y0 * (w + 1) + x0];
        long count = (long) (x1 - x0) * (y1 - y0);
        int p = grey[y * w + x] & 0xff;
        out[y * w + x] = (byte) (p * count < sum * (1 - sensitivity) ? 0 : 255);
      }
    }
    return out;
  }
}
