package onramp.documents.i9;

import static onramp.documents.i9.I9Field.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import onramp.documents.Confidence;
import onramp.documents.Source;
import onramp.documents.i9.I9Exception.Reason;
import onramp.documents.synthetic.FillOptions;
import onramp.documents.synthetic.I9Content;
import onramp.documents.synthetic.I9Filler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Flattened PDFs and page images, read by OCR at the fields' positions on the official form. */
class I9ScanReadTest {
  private static final I9Reader READER = I9Reader.standard();

  @ParameterizedTest(name = "person {0}, flattened PDF")
  @ValueSource(ints = {0, 1, 2})
  void readsTheKeyFieldsOfAFlattenedPdfByOcr(int person) {
    I9Content content = SyntheticPeople.all().get(person);
    byte[] pdf = I9Filler.fill(content, FillOptions.flattened());

    I9Form form = READER.read("i9.pdf", pdf);

    assertThat(form.source()).isEqualTo(Source.SCAN_OCR);
    assertThat(form.edition()).isEqualTo(new Edition("01/20/25", Edition.Basis.FORM_TEXT));
    assertKeyFields(content, form);
  }

  @Test
  void readsPageImagesAndTheEditionFromThePrintedFooter() {
    I9Content content = SyntheticPeople.citizenWithLicence();
    List<BufferedImage> pages =
        I9Filler.renderPages(I9Filler.fill(content, FillOptions.flattened()), 200);

    I9Form form = READER.readScan(pages);

    assertThat(form.edition()).isEqualTo(new Edition("01/20/25", Edition.Basis.SCAN));
    assertThat(form.wrongEdition()).isFalse();
    assertKeyFields(content, form);
    assertThat(form.section2().listB().orElseThrow().title().text()).isEqualTo("Driver's License");
    assertThat(form.section2().listC().orElseThrow().expirationDate().isNotApplicable())
        .as(form.section2().listC().orElseThrow().expirationDate().toString())
        .isTrue();
  }

  @Test
  void readsPngFilesOfTheFirstTwoPages(@TempDir Path dir) throws Exception {
    I9Content content = SyntheticPeople.permanentResidentWithListA();
    List<BufferedImage> pages =
        I9Filler.renderPages(I9Filler.fill(content, FillOptions.fillable()), 200);
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      Path png = dir.resolve("i9-page" + (i + 1) + ".png");
      ImageIO.write(pages.get(i), "png", png.toFile());
      files.add(png);
    }

    I9Form form = READER.readScanFiles(files);

    assertKeyFields(content, form);
    assertThat(form.section1().attestation().lprUscisOrANumber().text()).isEqualTo("A123456789");
    assertThat(form.supplementA().preparers()).isEmpty();
  }

  @Test
  void readsAScannedPdfThatHoldsOnlyPageImages() throws Exception {
    I9Content content = SyntheticPeople.authorizedAlien();
    List<BufferedImage> pages =
        I9Filler.renderPages(I9Filler.fill(content, FillOptions.flattened()), 200);
    byte[] scanned;
    try (var doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
      for (BufferedImage image : pages) {
        var page =
            new org.apache.pdfbox.pdmodel.PDPage(
                org.apache.pdfbox.pdmodel.common.PDRectangle.LETTER);
        doc.addPage(page);
        var xobject =
            org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory.createFromImage(doc, image);
        try (var cs = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
          cs.drawImage(xobject, 0, 0, 612, 792);
        }
      }
      var out = new java.io.ByteArrayOutputStream();
      doc.save(out);
      scanned = out.toByteArray();
    }

    I9Form form = READER.read("i9.pdf", scanned);

    assertThat(form.edition()).isEqualTo(new Edition("01/20/25", Edition.Basis.SCAN));
    assertKeyFields(content, form);
    assertThat(form.section1().attestation().i94Number().text()).isEqualTo("12345678901");
  }

  @Test
  void readsAScanWithMarginsAnOffsetAndAnotherScale() {
    I9Content content = SyntheticPeople.citizenWithLicence();
    BufferedImage page1 =
        I9Filler.renderPages(I9Filler.fill(content, FillOptions.flattened()), 200).get(0);
    BufferedImage scanned = new BufferedImage(1900, 2500, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = scanned.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, scanned.getWidth(), scanned.getHeight());
    g.setRenderingHint(
        java.awt.RenderingHints.KEY_INTERPOLATION,
        java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.drawImage(
        page1, 90, 140, (int) (page1.getWidth() * 0.96), (int) (page1.getHeight() * 0.96), null);
    g.dispose();

    I9Form form = READER.readScan(List.of(scanned));

    assertThat(form.edition().isCurrent()).isTrue();
    assertKeyFields(content, form);
  }

  @Test
  void readsAScanTiltedByOneAndAHalfDegrees() {
    I9Content content = SyntheticPeople.permanentResidentWithListA();
    BufferedImage page1 =
        I9Filler.renderPages(I9Filler.fill(content, FillOptions.flattened()), 200).get(0);
    BufferedImage tilted =
        new BufferedImage(page1.getWidth(), page1.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = tilted.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, tilted.getWidth(), tilted.getHeight());
    g.setRenderingHint(
        java.awt.RenderingHints.KEY_INTERPOLATION,
        java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.rotate(Math.toRadians(1.5), tilted.getWidth() / 2.0, tilted.getHeight() / 2.0);
    g.drawImage(page1, 0, 0, null);
    g.dispose();

    assertThat(onramp.documents.ocr.Deskew.ruledAngle(tilted))
        .isCloseTo(1.5, org.assertj.core.data.Offset.offset(0.25));
    I9Form form = READER.readScan(List.of(tilted));

    assertKeyFields(content, form);
  }

  @Test
  void findsTheFormWhereItIsOnTheImage() {
    BufferedImage page1 =
        I9Filler.renderPages(
                I9Filler.fill(SyntheticPeople.citizenWithLicence(), FillOptions.flattened()), 150)
            .get(0);

    PageFrame frame = PageFrame.of(page1, 1);

    assertThat(frame.scale()).isCloseTo(150 / 72.0, org.assertj.core.data.Offset.offset(0.02));
    assertThat(frame.ox()).isCloseTo(0, org.assertj.core.data.Offset.offset(2.0));
    assertThat(frame.oy()).isCloseTo(0, org.assertj.core.data.Offset.offset(2.0));
  }

  @Test
  void readsEveryCitizenshipBoxFromTheImage() {
    for (I9Field box :
        List.of(
            BOX_US_CITIZEN,
            BOX_NONCITIZEN_NATIONAL,
            BOX_LAWFUL_PERMANENT_RESIDENT,
            BOX_AUTHORIZED_ALIEN)) {
      I9Content content = SyntheticPeople.citizenWithLicence().without(BOX_US_CITIZEN).checked(box);
      BufferedImage page1 =
          I9Filler.renderPages(I9Filler.fill(content, FillOptions.flattened()), 150).get(0);

      var readings = new OcrPageReader(OcrPageReader.lazyEngines()).read(page1, 1);

      for (I9Field b :
          List.of(
              BOX_US_CITIZEN,
              BOX_NONCITIZEN_NATIONAL,
              BOX_LAWFUL_PERMANENT_RESIDENT,
              BOX_AUTHORIZED_ALIEN)) {
        assertThat(java.util.Objects.requireNonNull(readings.get(b), b.name()).isChecked())
            .as(box + " checked, reading " + b)
            .isEqualTo(b == box);
        assertThat(readings.get(b).confidence()).isGreaterThan(Confidence.CONFIDENT);
      }
    }
  }

  @Test
  void marksWhatAPoorScanCannotReadConfidentlyAsLowConfidence() {
    I9Content content = SyntheticPeople.citizenWithLicence();
    BufferedImage page1 =
        I9Filler.renderPages(I9Filler.fill(content, FillOptions.flattened()), 200).get(0);
    BufferedImage smudged = smudge(page1);

    I9Form form = READER.readScan(List.of(smudged));

    assertThat(form.lowConfidence()).contains(LAST_NAME, DATE_OF_BIRTH);
    assertThat(form.section1().name().last().isLowConfidence()).isTrue();
  }

  @Test
  void saysAnImageThatIsNotAnI9IsNotAFormI9() {
    BufferedImage white = new BufferedImage(1700, 2200, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = white.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 1700, 2200);
    g.dispose();

    assertThatThrownBy(() -> READER.readScan(List.of(white)))
        .isInstanceOfSatisfying(
            I9Exception.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_AN_I9))
        .hasMessageContaining("not a Form I-9");
  }

  /** Grey bars over Section 1's name and date-of-birth boxes, like a coffee stain. */
  private static BufferedImage smudge(BufferedImage page) {
    BufferedImage copy =
        new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = copy.createGraphics();
    g.drawImage(page, 0, 0, null);
    double s = page.getWidth() / 612.0;
    g.setColor(new Color(0, 0, 0, 150));
    for (I9Field f : List.of(LAST_NAME, DATE_OF_BIRTH)) {
      var box = FormLayout.official().box(f);
      for (int i = 0; i < 14; i++) {
        int x = (int) ((box.x + 4 + i * 4) * s);
        g.fillRect(x, (int) ((box.y + 2) * s), (int) (2 * s), (int) ((box.height - 4) * s));
      }
    }
    g.dispose();
    return copy;
  }

  static void assertKeyFields(I9Content content, I9Form form) {
    Section1 s1 = form.section1();
    assertThat(s1.name().last().text()).isEqualTo(content.get(LAST_NAME).orElseThrow());
    assertThat(s1.name().first().text()).isEqualTo(content.get(FIRST_NAME).orElseThrow());
    assertThat(s1.dateOfBirth().date()).isEqualTo(date(content, DATE_OF_BIRTH));
    assertThat(s1.signedOn().date()).isEqualTo(date(content, EMPLOYEE_SIGNED_ON));
    assertThat(s1.attestation().checked()).hasSize(1);
    content.get(SSN).ifPresent(ssn -> assertThat(s1.ssn().sameNumberAs(ssn)).as("SSN").isTrue());
    Section2 s2 = form.section2();
    assertThat(s2.firstDayOfEmployment().date()).isEqualTo(date(content, FIRST_DAY_OF_EMPLOYMENT));
    assertThat(s2.signedOn().date()).isEqualTo(date(content, EMPLOYER_SIGNED_ON));
    for (DocumentEntry d : s2.documents()) {
      I9Field number = d.number().field();
      I9Field expiry = d.expirationDate().field();
      assertThat(d.number().text()).as(number.label()).isEqualTo(content.get(number).orElseThrow());
      if (d.expirationDate().isPresent()) {
        assertThat(d.expirationDate().date()).as(expiry.label()).isEqualTo(date(content, expiry));
      }
    }
    assertThat(s2.documents())
        .hasSize(
            (int)
                content.values().keySet().stream()
                    .filter(f -> f.name().matches("LIST_[ABC](_\\d)?_NUMBER"))
                    .count());
  }

  private static java.util.Optional<LocalDate> date(I9Content content, I9Field field) {
    return I9Dates.parse(content.get(field).orElseThrow());
  }
}
