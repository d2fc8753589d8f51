package onramp.documents.i9;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;

/**
 * Small image operations for reading a form page by position. Grey images only (TYPE_BYTE_GRAY).
 */
final class PageImages {
  private static final int DARK = 128;
  private static final int PAD = 12;

  private PageImages() {}

  static BufferedImage grey(BufferedImage image) {
    if (image.getType() == BufferedImage.TYPE_BYTE_GRAY) {
      return image;
    }
    BufferedImage grey =
        new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = grey.createGraphics();
    g.drawImage(image, 0, 0, java.awt.Color.WHITE, null);
    g.dispose();
    return grey;
  }

  /** A copy of the area (clipped to the image), so it can be changed without touching the page. */
  static BufferedImage crop(BufferedImage grey, Rectangle area) {
    Rectangle r = area.intersection(new Rectangle(0, 0, grey.getWidth(), grey.getHeight()));
    BufferedImage out =
        new BufferedImage(
            Math.max(1, r.width), Math.max(1, r.height), BufferedImage.TYPE_BYTE_GRAY);
    if (!r.isEmpty()) {
      out.getRaster()
          .setRect(
              -r.x,
              -r.y,
              grey.getRaster().createChild(r.x, r.y, r.width, r.height, r.x, r.y, null));
    }
    return out;
  }

  /**
   * Whitens rows and columns crossed by one long unbroken dark run: the form's box borders and comb
   * dividers. Text never draws a run across most of a field (bold text fills a row only in pieces).
   */
  static void eraseRulings(BufferedImage grey) {
    WritableRaster r = grey.getRaster();
    int w = grey.getWidth();
    int h = grey.getHeight();
    for (int y = 0; y < h; y++) {
      int run = 0;
      int longest = 0;
      for (int x = 0; x < w; x++) {
        run = r.getSample(x, y, 0) < DARK ? run + 1 : 0;
        longest = Math.max(longest, run);
      }
      if (longest > w * 0.6) {
        for (int x = 0; x < w; x++) {
          r.setSample(x, y, 0, 255);
        }
      }
    }
    eraseVerticalRulings(grey);
  }

  /**
   * Whitens columns crossed by a dark run over most of the height: box borders and comb dividers.
   */
  static void eraseVerticalRulings(BufferedImage grey) {
    WritableRaster r = grey.getRaster();
    int w = grey.getWidth();
    int h = grey.getHeight();
    for (int x = 0; x < w; x++) {
      int run = 0;
      int longest = 0;
      for (int y = 0; y < h; y++) {
        run = r.getSample(x, y, 0) < DARK ? run + 1 : 0;
        longest = Math.max(longest, run);
      }
      if (longest > h * 0.8) {
        for (int y = 0; y < h; y++) {
          r.setSample(x, y, 0, 255);
        }
      }
    }
  }

  /**
   * Whitens a sliver at the right edge: a run of inked columns that starts within {@code edgeGap}
   * pixels of the right edge and is at most {@code maxWidth} wide, with blank columns to its left.
   * That is what remains of a letter the form cut off at the end of its box; OCR reads it as "I",
   * "l" or "|".
   */
  static void eraseSliverAtRight(BufferedImage cleaned, int maxWidth, int edgeGap) {
    int w = cleaned.getWidth();
    int h = cleaned.getHeight();
    int x = w - 1;
    while (x >= w - 1 - edgeGap && x >= 0 && !columnInked(cleaned, x)) {
      x--;
    }
    if (x < w - 1 - edgeGap || x < 0) {
      return;
    }
    int right = x;
    while (x >= 0 && columnInked(cleaned, x)) {
      x--;
    }
    if (x < 0 || right - x > maxWidth) {
      return;
    }
    WritableRaster r = cleaned.getRaster();
    for (int c = x + 1; c <= right; c++) {
      for (int y = 0; y < h; y++) {
        r.setSample(c, y, 0, 255);
      }
    }
  }

  private static boolean columnInked(BufferedImage grey, int x) {
    for (int y = 0; y < grey.getHeight(); y++) {
      if (grey.getRaster().getSample(x, y, 0) < DARK) {
        return true;
      }
    }
    return false;
  }

  /** How many rows hold at least one dark pixel. */
  static int inkedRows(BufferedImage grey) {
    int rows = 0;
    for (int y = 0; y < grey.getHeight(); y++) {
      for (int x = 0; x < grey.getWidth(); x++) {
        if (grey.getRaster().getSample(x, y, 0) < DARK) {
          rows++;
          break;
        }
      }
    }
    return rows;
  }

  /**
   * The glyphs of a comb field set side by side at ordinary letter spacing: Tesseract reads
   * characters one cell-width apart as separate words and is unsure of each, but reads the same
   * characters packed together as one confident word. A glyph is a run of columns with ink; runs
   * with less ink than {@code minInk} pixels are specks and are left out. Empty when no glyph is
   * left.
   */
  static java.util.Optional<BufferedImage> compacted(BufferedImage cleaned, int minInk) {
    int w = cleaned.getWidth();
    int h = cleaned.getHeight();
    java.util.List<int[]> glyphs = new java.util.ArrayList<>();
    int start = -1;
    int ink = 0;
    for (int x = 0; x <= w; x++) {
      int column = 0;
      for (int y = 0; x < w && y < h; y++) {
        column += cleaned.getRaster().getSample(x, y, 0) < DARK ? 1 : 0;
      }
      if (column > 0) {
        start = start < 0 ? x : start;
        ink += column;
      } else if (start >= 0) {
        if (ink >= minInk) {
          glyphs.add(new int[] {start, x});
        }
        start = -1;
        ink = 0;
      }
    }
    if (glyphs.isEmpty()) {
      return java.util.Optional.empty();
    }
    int gap = Math.max(2, h / 6);
    int width = gap;
    for (int[] g : glyphs) {
      width += g[1] - g[0] + gap;
    }
    BufferedImage out = new BufferedImage(width, h, BufferedImage.TYPE_BYTE_GRAY);
    WritableRaster o = out.getRaster();
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < width; x++) {
        o.setSample(x, y, 0, 255);
      }
    }
    int x = gap;
    for (int[] g : glyphs) {
      o.setRect(
          x - g[0], 0, cleaned.getRaster().createChild(g[0], 0, g[1] - g[0], h, g[0], 0, null));
      x += g[1] - g[0] + gap;
    }
    return java.util.Optional.of(out);
  }

  static double inkShare(BufferedImage grey, Rectangle area) {
    Rectangle r = area.intersection(new Rectangle(0, 0, grey.getWidth(), grey.getHeight()));
    if (r.isEmpty()) {
      return 0;
    }
    int dark = 0;
    for (int y = r.y; y < r.y + r.height; y++) {
      for (int x = r.x; x < r.x + r.width; x++) {
        dark += grey.getRaster().getSample(x, y, 0) < DARK ? 1 : 0;
      }
    }
    return dark / (double) (r.width * r.height);
  }

  /** Dark pixels away from the crop's edge (where a box border may linger). */
  static int ink(BufferedImage grey) {
    int m = 2;
    int dark = 0;
    for (int y = m; y < grey.getHeight() - m; y++) {
      for (int x = m; x < grey.getWidth() - m; x++) {
        dark += grey.getRaster().getSample(x, y, 0) < DARK ? 1 : 0;
      }
    }
    return dark;
  }

  /** Pure black on white: drops the form's light-grey comb dividers and shading. */
  static void binarise(BufferedImage grey) {
    WritableRaster r = grey.getRaster();
    for (int y = 0; y < grey.getHeight(); y++) {
      for (int x = 0; x < grey.getWidth(); x++) {
        r.setSample(x, y, 0, r.getSample(x, y, 0) < DARK ? 0 : 255);
      }
    }
  }

  /**
   * Black on white at the level that best separates this image's two populations (Otsu), which is
   * what Tesseract does by itself to an image it is given alone: for small grey print that a fixed
   * level would thin out.
   */
  static void binariseOtsu(BufferedImage grey) {
    WritableRaster r = grey.getRaster();
    int[] hist = new int[256];
    for (int y = 0; y < grey.getHeight(); y++) {
      for (int x = 0; x < grey.getWidth(); x++) {
        hist[r.getSample(x, y, 0)]++;
      }
    }
    long total = (long) grey.getWidth() * grey.getHeight();
    double sum = 0;
    for (int i = 0; i < 256; i++) {
      sum += (double) i * hist[i];
    }
    double sumBelow = 0;
    long below = 0;
    double best = -1;
    int level = DARK;
    for (int t = 0; t < 255; t++) {
      below += hist[t];
      sumBelow += (double) t * hist[t];
      long above = total - below;
      if (below == 0 || above == 0) {
        continue;
      }
      double mb = sumBelow / below;
      double ma = (sum - sumBelow) / above;
      double between = (double) below * above * (mb - ma) * (mb - ma);
      if (between > best) {
        best = between;
        level = t + 1;
      }
    }
    for (int y = 0; y < grey.getHeight(); y++) {
      for (int x = 0; x < grey.getWidth(); x++) {
        r.setSample(x, y, 0, r.getSample(x, y, 0) < level ? 0 : 255);
      }
    }
  }

  /**
   * The images one under another, left-aligned, {@code gap} white rows apart, on white: one page
   * for one Tesseract pass. {@code tops} receives where each image starts.
   */
  static BufferedImage stacked(java.util.List<BufferedImage> images, int gap, int[] tops) {
    int width = 1;
    int height = gap;
    for (BufferedImage i : images) {
      width = Math.max(width, i.getWidth());
      height += i.getHeight() + gap;
    }
    BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
    byte[] px = ((java.awt.image.DataBufferByte) out.getRaster().getDataBuffer()).getData();
    java.util.Arrays.fill(px, (byte) 255);
    int y = gap;
    for (int k = 0; k < images.size(); k++) {
      BufferedImage i = images.get(k);
      tops[k] = y;
      out.getRaster().setRect(0, y, i.getRaster());
      y += i.getHeight() + gap;
    }
    return out;
  }

  /**
   * White margin (Tesseract wants one) and, for low-resolution scans, an upscale toward 300 dpi.
   */
  static BufferedImage forOcr(BufferedImage crop, int dpi) {
    BufferedImage out = padded(crop, dpi);
    binarise(out);
    return out;
  }

  /** White margin and upscale, grey levels kept. */
  static BufferedImage padded(BufferedImage crop, int dpi) {
    double factor = dpi < 250 ? Math.min(4.0, 300.0 / dpi) : 1.0;
    int w = (int) Math.round(crop.getWidth() * factor);
    int h = (int) Math.round(crop.getHeight() * factor);
    BufferedImage out = new BufferedImage(w + 2 * PAD, h + 2 * PAD, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = out.createGraphics();
    g.setColor(java.awt.Color.WHITE);
    g.fillRect(0, 0, out.getWidth(), out.getHeight());
    g.setRenderingHint(
        RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.drawImage(crop, PAD, PAD, w, h, null);
    g.dispose();
    return out;
  }
}
