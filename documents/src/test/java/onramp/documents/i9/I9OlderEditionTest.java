package onramp.documents.i9;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import onramp.documents.synthetic.FillOptions;
import onramp.documents.synthetic.I9Filler;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.junit.jupiter.api.Test;

/**
 * Editions before 08/01/23 were published as XFA forms: a reader without XFA sees only "Please
 * wait..." on their pages, so they used to be called "not a Form I-9". They are recognised from
 * their XFA template (or their page text) as the older edition they are, and come back as a wrong
 * edition, without OCR. There is no official old-edition file in shared/data, so the PDFs are built
 * here with PDFBox, with an XFA template shaped like Adobe LiveCycle's (synthetic text only).
 */
class I9OlderEditionTest {
  private static final I9Reader READER = I9Reader.standard();
  private static final String PLEASE_WAIT =
      "Please wait... If this message is not eventually replaced by the"
          + " proper contents of the document, your PDF viewer may not be able to display this type of document.";

  /**
   * An XFA template with the form's title and its footer, split over elements as LiveCycle writes
   * it.
   */
  private static String template(String title, String footer) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<template xmlns=\"http://www.xfa.org/schema/xfa-template/3.3/\">"
        + "<subform name=\"form1\" layout=\"tb\"><pageSet><pageArea name=\"Page1\">"
        + "<draw name=\"Title\"><value><text>"
        + title
        + "</text></value></draw>"
        + "<draw name=\"Footer\"><value><exData contentType=\"text/html\"><body xmlns=\"http://www.w3.org/1999/xhtml\">"
        + "<p>"
        + footer
        + "</p></body></exData></value></draw>"
        + "</pageArea></pageSet><field name=\"LastName\"><ui><textEdit/></ui></field></subform></template>";
  }

  private static byte[] xfaForm(String pageText, String template, boolean asPacketArray)
      throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.LETTER);
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.beginText();
        cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 8);
        cs.newLineAtOffset(40, 740);
        cs.showText(pageText);
        cs.endText();
      }
      PDAcroForm form = new PDAcroForm(doc);
      doc.getDocumentCatalog().setAcroForm(form);
      COSStream templateStream = stream(doc, template);
      if (asPacketArray) {
        COSArray packets = new COSArray();
        packets.add(new COSString("preamble"));
        packets.add(stream(doc, "<xdp:xdp xmlns:xdp=\"http://ns.adobe.com/xdp/\">"));
        packets.add(new COSString("template"));
        packets.add(templateStream);
        packets.add(new COSString("datasets"));
        packets.add(
            stream(doc, "<xfa:datasets xmlns:xfa=\"http://www.xfa.org/schema/xfa-data/1.0/\"/>"));
        packets.add(new COSString("postamble"));
        packets.add(stream(doc, "</xdp:xdp>"));
        form.getCOSObject().setItem(COSName.XFA, packets);
      } else {
        form.getCOSObject().setItem(COSName.XFA, templateStream);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }

  private static COSStream stream(PDDocument doc, String text) throws IOException {
    COSStream s = doc.getDocument().createCOSStream();
    try (OutputStream out = s.createOutputStream(COSName.FLATE_DECODE)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return s;
  }

  @Test
  void recognisesThe2019XfaFormWhosePageSaysOnlyPleaseWait() throws IOException {
    byte[] pdf =
        xfaForm(
            PLEASE_WAIT,
            template("Employment Eligibility Verification", "Form I-9&#160; 10/21/19&#160;&#160;N"),
            true);

    I9Form form = READER.read("i9.pdf", pdf);

    assertThat(form.edition()).isEqualTo(new Edition("10/21/19", Edition.Basis.XFA));
    assertThat(form.wrongEdition()).isTrue();
  }

  @Test
  void recognisesThe2017XfaFormByTheEditionWordInASingleTemplateStream() throws IOException {
    byte[] pdf =
        xfaForm(
            PLEASE_WAIT,
            template("Form I-9, Employment Eligibility Verification", "Edition 07/17/17 N"),
            false);

    I9Form form = READER.read("i9.pdf", pdf);

    assertThat(form.edition()).isEqualTo(new Edition("07/17/17", Edition.Basis.XFA));
    assertThat(form.wrongEdition()).isTrue();
  }

  @Test
  void recognisesTheEditionFromThePageTextOfAnXfaForm() throws IOException {
    byte[] pdf =
        xfaForm(
            "Form I-9 10/21/19",
            template("Employment Eligibility Verification", "Form I-9 10/21/19 N"),
            true);

    I9Form form = READER.read("i9.pdf", pdf);

    assertThat(form.edition()).isEqualTo(new Edition("10/21/19", Edition.Basis.FORM_TEXT));
    assertThat(form.wrongEdition()).isTrue();
  }

  @Test
  void stillCallsAnXfaFormThatIsNoI9NotAFormI9() throws IOException {
    byte[] pdf =
        xfaForm(
            PLEASE_WAIT, template("Application for a Parking Permit", "Edition 10/21/19"), true);

    I9Exception e = catchThrowableOfType(I9Exception.class, () -> READER.read("permit.pdf", pdf));

    assertThat(e).isNotNull();
    assertThat(e.reason()).isEqualTo(I9Exception.Reason.NOT_AN_I9);
  }

  @Test
  void readsTheCurrentEditionAsBefore() {
    I9Form form =
        READER.read(
            "i9.pdf", I9Filler.fill(SyntheticPeople.citizenWithLicence(), FillOptions.fillable()));

    assertThat(form.edition().isCurrent()).isTrue();
    assertThat(form.wrongEdition()).isFalse();
  }
}
