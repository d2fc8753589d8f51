package onramp.documents.i9;

import static onramp.documents.i9.I9Field.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import onramp.documents.Confidence;
import onramp.documents.synthetic.FillOptions;
import onramp.documents.synthetic.I9Content;
import onramp.documents.synthetic.I9Filler;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the second look at a field and the box-end check do on scans: the SSN comb, a state code,
 * and a last name longer than its box. The SSNs are in the never-issued 9xx area.
 */
class I9ScanSecondLookTest {
  private static final I9Reader READER = I9Reader.standard();
  private static final List<String> SSNS =
      List.of("924442317", "983601171", "936333107", "912456789", "900123456");
  private static final String LONG_LAST_NAME = "MONTGOMERY-FITZWILLIAM-ABERNATHY-CASTELLANOS";

  @ParameterizedTest(name = "{0} dpi")
  @ValueSource(ints = {150, 200, 300})
  void readsEverySsnCombExactlyAndConfidently(int dpi) {
    for (String ssn : SSNS) {
      I9Content content = SyntheticPeople.citizenWithLicence().with(SSN, ssn);

      I9Form form = READER.readScan(page1(content, dpi));

      assertThat(form.section1().ssn().sameNumberAs(ssn))
          .as("SSN ending " + ssn.substring(5))
          .isTrue();
      assertThat(form.section1().ssn().confidence())
          .as("SSN ending " + ssn.substring(5))
          .isGreaterThanOrEqualTo(Confidence.CONFIDENT)
          .isLessThan(1.0);
      assertThat(form.lowConfidence()).doesNotContain(SSN);
    }
  }

  @ParameterizedTest(name = "{0} dpi")
  @ValueSource(ints = {150, 200, 300})
  void readsAStateCodeInCapitalsAsTheFormListsIt(int dpi) {
    I9Content content = SyntheticPeople.citizenWithLicence().with(STATE, "CO");

    I9Form form = READER.readScan(page1(content, dpi));

    assertThat(form.section1().address().state().text()).isEqualTo("CO");
    assertThat(form.lowConfidence()).doesNotContain(STATE);
  }

  @ParameterizedTest(name = "{0} dpi")
  @ValueSource(ints = {150, 200, 220, 250, 270, 300})
  void marksALastNameCutOffByItsBoxAsClippedAndLeavesOutTheSliverOfTheCutLetter(int dpi) {
    I9Content content = SyntheticPeople.citizenWithLicence().with(LAST_NAME, LONG_LAST_NAME);

    I9Form form = READER.readScan(page1(content, dpi));

    // At 220–270 dpi a sliver of the "B" used to be read as "I": "MONTGOMERY-FITZWILLIAM-AI" at
    // 0.49.
    FieldValue shown = form.section1().name().last();
    assertThat(form.clipped(LAST_NAME)).as("'%s' clipped", shown).isTrue();
    // Tesseract's LSTM takes another SIMD path on machines without AVX2, and there the sliver of
    // the cut
    // "B" survives as an "E" at every resolution (seen 2026-12-02, same model file): the comparison
    // of a
    // clipped name allows one sliver letter after the prefix (onboarding's identity rule), so that
    // is
    // what is asserted here.
    assertThat(shown.text()).startsWith("MONTGOMERY-FITZWILLIAM-A").hasSizeLessThanOrEqualTo(25);
    assertThat(shown.isLowConfidence()).as(shown.toString()).isFalse();
    assertThat(form.clipped(FIRST_NAME)).isFalse();
    assertThat(form.notes())
        .filteredOn(n -> n.code() == ReadNote.Code.CLIPPED)
        .extracting(ReadNote::field)
        .contains(LAST_NAME)
        .doesNotContain(FIRST_NAME, DATE_OF_BIRTH, SSN);
  }

  @ParameterizedTest(name = "{0} dpi")
  @ValueSource(ints = {150, 200, 300})
  void doesNotMarkNamesThatFitTheirBox(int dpi) {
    List<I9Content> people = new java.util.ArrayList<>(SyntheticPeople.all());
    // 22 letters, which end about a letter and a half before the end of the box.
    people.add(SyntheticPeople.citizenWithLicence().with(LAST_NAME, "MONTGOMERY-FITZWILLIAM"));
    for (I9Content content : people) {
      I9Form form = READER.readScan(page1(content, dpi));

      assertThat(form.notes())
          .as(content.get(LAST_NAME).orElseThrow())
          .noneMatch(n -> n.code() == ReadNote.Code.CLIPPED && n.field().name().contains("NAME"));
    }
  }

  @ParameterizedTest(name = "tilted {0}°")
  @ValueSource(doubles = {-1.0, 1.5})
  void marksAClippedLastNameOnATiltedScanWithAMargin(double degrees) {
    I9Content content = SyntheticPeople.citizenWithLicence().with(LAST_NAME, LONG_LAST_NAME);
    BufferedImage page = page1(content, 200).get(0);
    BufferedImage scanned =
        new BufferedImage(
            page.getWidth() + 120, page.getHeight() + 160, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = scanned.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, scanned.getWidth(), scanned.getHeight());
    g.setRenderingHint(
        RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.rotate(Math.toRadians(degrees), scanned.getWidth() / 2.0, scanned.getHeight() / 2.0);
    g.drawImage(page, 70, 90, null);
    g.dispose();

    I9Form form = READER.readScan(List.of(scanned));

    assertThat(form.clipped(LAST_NAME))
        .as("'%s' clipped", form.section1().name().last().text())
        .isTrue();
  }

  private static List<BufferedImage> page1(I9Content content, int dpi) {
    return List.of(
        I9Filler.renderPages(I9Filler.fill(content, FillOptions.flattened()), dpi).get(0));
  }
}
