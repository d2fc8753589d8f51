package onramp.documents.i9;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** Renders PDF pages to grey images (PDFBox). */
final class PdfPages {
  private PdfPages() {}

  /** Pages 1, 3 and 4 (page 2 holds only the lists of documents); page 2 is a placeholder. */
  static List<BufferedImage> render(String name, PDDocument doc, int dpi) {
    try {
      PDFRenderer renderer = new PDFRenderer(doc);
      List<BufferedImage> pages = new ArrayList<>();
      int count = Math.min(4, doc.getNumberOfPages());
      for (int i = 0; i < count; i++) {
        pages.add(
            i == 1
                ? new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY)
                : renderer.renderImageWithDPI(i, dpi, ImageType.GRAY));
      }
      return pages;
    } catch (IOException | RuntimeException e) {
      throw SafePdf.damaged(name, e);
    }
  }
}
