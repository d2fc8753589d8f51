package onramp.documents.i9;

import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Where the printed form sits in a page image, as a mapping from form points to pixels. Found by
 * matching the extent of the ink on the image with the extent of the blank form's print, so a scan
 * with margins, an offset or a slightly different scale still lines up. Falls back to "the page
 * fills the image" when the extents do not make sense. Rotation is not corrected.
 */
record PageFrame(double sx, double sy, double ox, double oy) {
  private static final int DARK = 128;
  private static final int REFERENCE_DPI = 144;

  /** Horizontal and vertical scales that differ by more than this do not describe square pixels. */
  private static final double SQUARE = 0.01;

  private static final Map<Integer, Rectangle2D.Double> REFERENCE = new HashMap<>();

  static PageFrame of(BufferedImage grey, int pageNumber) {
    double s = grey.getWidth() / FormLayout.PAGE_WIDTH;
    PageFrame naive = new PageFrame(s, s, 0, 0);
    Rectangle2D.Double ref = reference(pageNumber);
    Optional<Rectangle> ink = extent(grey);
    if (ink.isEmpty() || ref.width < 100 || ref.height < 100) {
      return naive;
    }
    Rectangle px = ink.get();
    double sx = px.width / ref.width;
    double sy = px.height / ref.height;
    boolean plausible = sx > s * 0.75 && sx < s * 1.3 && Math.abs(sx / sy - 1) < 0.04;
    if (plausible && Math.abs(sx / sy - 1) > SQUARE) {
      // Pixels are square on a scan and on a rectified photo, so the extents disagree because one
      // end lost ink: the faint footer line at the bottom, lightened by a photo's blur and JPEG.
      // The width (rulings left and right) and the top (the header) are the firm landmarks.
      return new PageFrame(sx, sx, px.x - ref.x * sx, px.y - ref.y * sx);
    }
    return plausible ? new PageFrame(sx, sy, px.x - ref.x * sx, px.y - ref.y * sy) : naive;
  }

  /** Pixels per point, on average. */
  double scale() {
    return (sx + sy) / 2;
  }

  Rectangle pixels(Rectangle2D.Float box, float insetPoints) {
    int x = (int) Math.round(ox + (box.x + insetPoints) * sx);
    int y = (int) Math.round(oy + (box.y + insetPoints) * sy);
    int w = (int) Math.round((box.width - 2 * insetPoints) * sx);
    int h = (int) Math.round((box.height - 2 * insetPoints) * sy);
    return new Rectangle(x, y, Math.max(1, w), Math.max(1, h));
  }

  /** The rows and columns that carry a meaningful amount of ink, first to last. */
  static Optional<Rectangle> extent(BufferedImage grey) {
    int w = grey.getWidth();
    int h = grey.getHeight();
    int[] rows = new int[h];
    int[] cols = new int[w];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        if (grey.getRaster().getSample(x, y, 0) < DARK) {
          rows[y]++;
          cols[x]++;
        }
      }
    }
    int top = first(rows, Math.max(3, w / 250));
    int left = first(cols, Math.max(3, h / 250));
    if (top < 0 || left < 0) {
      return Optional.empty();
    }
    int bottom = last(rows, Math.max(3, w / 250));
    int right = last(cols, Math.max(3, h / 250));
    return Optional.of(new Rectangle(left, top, right - left + 1, bottom - top + 1));
  }

  private static int first(int[] counts, int min) {
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] >= min) {
        return i;
      }
    }
    return -1;
  }

  private static int last(int[] counts, int min) {
    for (int i = counts.length - 1; i >= 0; i--) {
      if (counts[i] >= min) {
        return i;
      }
    }
    return -1;
  }

  /** The extent of the blank form's print on a page, in points from the top-left corner. */
  private static synchronized Rectangle2D.Double reference(int pageNumber) {
    return REFERENCE.computeIfAbsent(
        pageNumber,
        p -> {
          try (PDDocument doc = Loader.loadPDF(FormLayout.blankForm())) {
            BufferedImage page =
                new PDFRenderer(doc).renderImageWithDPI(p - 1, REFERENCE_DPI, ImageType.GRAY);
            double k = 72.0 / REFERENCE_DPI;
            return extent(page)
                .map(r -> new Rectangle2D.Double(r.x * k, r.y * k, r.width * k, r.height * k))
                .orElse(new Rectangle2D.Double(0, 0, 0, 0));
          } catch (IOException e) {
            throw new UncheckedIOException(
                "the blank Form I-9 in the resources cannot be rendered", e);
          }
        });
  }
}
