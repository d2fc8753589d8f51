package onramp.documents.i9;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;

/** PDFs that are not a readable current Form I-9, made with PDFBox or by hand. */
final class BadPdfs {
  private BadPdfs() {}

  static byte[] encrypted(byte[] pdf) {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      StandardProtectionPolicy policy =
          new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
      policy.setEncryptionKeyLength(128);
      doc.protect(policy);
      return save(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A page tree whose one /Pages node lists 100,000 kids (all the same page) and says so in /Count.
   */
  static byte[] hundredThousandPages() {
    StringBuilder kids = new StringBuilder();
    for (int i = 0; i < 100_000; i++) {
      kids.append("3 0 R ");
    }
    return ("%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
            + "2 0 obj\n<< /Type /Pages /Kids ["
            + kids
            + "] /Count 100000 >>\nendobj\n"
            + "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>\nendobj\n"
            + "trailer\n<< /Root 1 0 R >>\n%%EOF\n")
        .getBytes(StandardCharsets.ISO_8859_1);
  }

  /**
   * A page tree of {@code depth} /Pages nodes, each the only kid of the one above, with one page at
   * the bottom: every node says /Count 1, so the page count alone looks ordinary.
   */
  static byte[] deepPageTree(int depth) {
    StringBuilder pdf =
        new StringBuilder("%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n");
    for (int i = 0; i < depth; i++) {
      int self = 2 + i;
      pdf.append(self)
          .append(" 0 obj\n<< /Type /Pages /Kids [")
          .append(self + 1)
          .append(" 0 R] /Count 1")
          .append(i == 0 ? "" : " /Parent " + (self - 1) + " 0 R")
          .append(" >>\nendobj\n");
    }
    int page = 2 + depth;
    pdf.append(page)
        .append(" 0 obj\n<< /Type /Page /Parent ")
        .append(page - 1)
        .append(" 0 R /MediaBox [0 0 612 792] >>\nendobj\n")
        .append("trailer\n<< /Root 1 0 R >>\n%%EOF\n");
    return pdf.toString().getBytes(StandardCharsets.ISO_8859_1);
  }

  /** A stream that declares a length of about a terabyte. */
  static byte[] hugeDeclaredLength() {
    return ("%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
            + "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
            + "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>\nendobj\n"
            + "4 0 obj\n<< /Length 999999999999 >>\nstream\nBT ET\nendstream\nendobj\n"
            + "trailer\n<< /Root 1 0 R >>\n%%EOF\n")
        .getBytes(StandardCharsets.ISO_8859_1);
  }

  /** A page whose compressed content (tens of kilobytes) expands to 40 MB. */
  static byte[] contentBomb() {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.LETTER);
      doc.addPage(page);
      COSStream stream = doc.getDocument().createCOSStream();
      try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
        byte[] spaces = new byte[1024 * 1024];
        java.util.Arrays.fill(spaces, (byte) ' ');
        for (int i = 0; i < 40; i++) {
          out.write(spaces);
        }
      }
      page.setContents(new PDStream(stream));
      return save(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A one-page PDF with text that is not a Form I-9. */
  static byte[] quarterlyReport() {
    return textPdf("Quarterly report", "Revenue grew in every region.");
  }

  /**
   * A text PDF carrying an I-9 footer of another edition; optionally one I-9 field with a value.
   */
  static byte[] olderEdition(String footer, boolean withLastNameField) {
    try (PDDocument doc = textDocument("Employment Eligibility Verification", footer)) {
      if (withLastNameField) {
        PDAcroForm form = new PDAcroForm(doc);
        doc.getDocumentCatalog().setAcroForm(form);
        PDResources resources = new PDResources();
        resources.put(
            COSName.getPDFName("Helv"), new PDType1Font(Standard14Fonts.FontName.HELVETICA));
        form.setDefaultResources(resources);
        form.setDefaultAppearance("/Helv 10 Tf 0 g");
        PDTextField field = new PDTextField(form);
        field.setPartialName("Last Name (Family Name)");
        field.getWidgets().get(0).setRectangle(new PDRectangle(40, 600, 150, 16));
        field.getWidgets().get(0).setPage(doc.getPage(0));
        doc.getPage(0).getAnnotations().add(field.getWidgets().get(0));
        form.getFields().add(field);
        field.setValue("Rivera");
      }
      return save(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] textPdf(String... lines) {
    try (PDDocument doc = textDocument(lines)) {
      return save(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static PDDocument textDocument(String... lines) throws IOException {
    PDDocument doc = new PDDocument();
    PDPage page = new PDPage(PDRectangle.LETTER);
    doc.addPage(page);
    try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
      cs.beginText();
      cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
      cs.newLineAtOffset(50, 740);
      for (String line : lines) {
        cs.showText(line);
        cs.newLineAtOffset(0, -20);
      }
      cs.endText();
    }
    return doc;
  }

  private static byte[] save(PDDocument doc) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    doc.save(out);
    return out.toByteArray();
  }
}
