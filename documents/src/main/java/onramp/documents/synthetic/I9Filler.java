package onramp.documents.synthetic;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import onramp.documents.i9.FormLayout;
import onramp.documents.i9.I9Field;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDCheckBox;
import org.apache.pdfbox.pdmodel.interactive.form.PDChoice;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Fills the official blank Form I-9 (edition 01/20/25) with PDFBox, for tests and the synthetic
 * corpus. Text fields get generated appearances in the form's own fonts; checkboxes use their real
 * on-state from the appearance dictionary ("On" for the attestation boxes, "Yes" for the
 * alternative-procedure boxes). Two defects of the form show through: List A title 1 and Supplement
 * B row 2's title are one field (writing both different values is refused), and preparer 2's first
 * name has no field (it is not written).
 */
public final class I9Filler {
  private I9Filler() {}

  public static byte[] fill(I9Content content, FillOptions options) {
    checkSharedField(content);
    try (PDDocument doc = Loader.loadPDF(FormLayout.blankForm())) {
      PDAcroForm form = doc.getDocumentCatalog().getAcroForm();
      for (Map.Entry<I9Field, String> e : content.values().entrySet()) {
        if (e.getKey() != I9Field.PREPARER_2_FIRST_NAME) {
          write(form.getField(e.getKey().acroName()), e.getKey(), e.getValue());
        }
      }
      if (options.flatten()) {
        form.refreshAppearances();
        form.flatten();
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("the blank Form I-9 could not be filled", e);
    }
  }

  /** Renders every page to a grey image, e.g. at 150–300 dpi for a "scanned" variant. */
  public static List<BufferedImage> renderPages(byte[] pdf, int dpi) {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFRenderer renderer = new PDFRenderer(doc);
      List<BufferedImage> pages = new ArrayList<>();
      for (int i = 0; i < doc.getNumberOfPages(); i++) {
        pages.add(renderer.renderImageWithDPI(i, dpi, ImageType.GRAY));
      }
      return pages;
    } catch (IOException e) {
      throw new UncheckedIOException("the filled Form I-9 could not be rendered", e);
    }
  }

  private static void write(PDField field, I9Field f, String value) throws IOException {
    if (field instanceof PDCheckBox box) {
      if (value.isBlank() || value.equalsIgnoreCase("Off")) {
        box.unCheck();
      } else {
        box.check();
      }
    } else if (field instanceof PDChoice choice) {
      try {
        choice.setValue(value);
      } catch (IllegalArgumentException notAnOption) {
        // A value the list does not offer (a test of bad input): store it as the form would hold
        // it.
        choice.getCOSObject().setString(COSName.V, value);
      }
    } else {
      field.setValue(f == I9Field.SSN ? value.replaceAll("[\\s-]", "") : value);
    }
  }

  private static void checkSharedField(I9Content content) {
    String a = content.get(I9Field.LIST_A_1_TITLE).orElse("");
    String b = content.get(I9Field.REVERIFICATION_2_DOCUMENT_TITLE).orElse("");
    if (!a.isBlank() && !b.isBlank() && !a.equals(b)) {
      throw new IllegalArgumentException(
          "the official form stores List A document title 1 and Supplement B row 2's "
              + "document title in one field ('Document Title 1'); they cannot differ");
    }
  }
}
