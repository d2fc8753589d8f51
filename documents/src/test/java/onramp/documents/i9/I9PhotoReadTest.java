package onramp.documents.i9;

import static onramp.documents.i9.I9Field.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.util.List;
import onramp.documents.i9.I9Exception.Reason;
import onramp.documents.synthetic.FillOptions;
import onramp.documents.synthetic.I9Content;
import onramp.documents.synthetic.I9Filler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Form I-9 pages photographed on a desk ({@link PagePhotos}: margin of desk, turned 1–6°, mild
 * perspective, a soft shadow, blur, JPEG): the page is found, rectified and read with the same
 * fields as the flat render of the same form.
 */
class I9PhotoReadTest {
  private static final I9Reader READER = I9Reader.standard();

  @Test
  void findsThePagesCornersInPhotosOfEveryKindOfDesk() {
    BufferedImage page = render(SyntheticPeople.citizenWithLicence()).get(0);
    for (long seed = 1; seed <= 8; seed++) {
      PagePhotos.Photo photo = PagePhotos.of(page, seed);

      Point2D[] found =
          PagePhoto.locate(photo.image()).orElseThrow(() -> new AssertionError("no page found"));

      for (int i = 0; i < 4; i++) {
        assertThat(found[i].distance(photo.corners()[i]))
            .as("seed %d corner %d", seed, i)
            .isLessThan(0.006 * page.getWidth());
      }
    }
  }

  @ParameterizedTest(name = "person {0}")
  @ValueSource(ints = {0, 1, 2, 3, 4, 5})
  void readsAPhotographedFormWithTheSameFieldsAsTheFlatRender(int person) {
    I9Content content = SyntheticPeople.six().get(person);
    List<BufferedImage> pages = render(content);
    List<BufferedImage> photos =
        List.of(
            PagePhotos.of(pages.get(0), 100 + person).image(),
            PagePhotos.of(pages.get(1), 200 + person).image());

    I9Form photographed = READER.readScan(photos);
    I9Form flat = READER.readScan(pages);

    assertThat(photographed.edition()).isEqualTo(new Edition("01/20/25", Edition.Basis.SCAN));
    I9ScanReadTest.assertKeyFields(content, photographed);
    List<String> read = keyValues(photographed);
    List<String> expected = keyValues(flat);
    // Identity (names, date of birth, SSN, citizenship) exactly; of the dates and documents, at
    // most one
    // may be read otherwise on a photo (seen in the full suite on a 2-core machine without AVX2:
    // List C's
    // "N/A" read as "NIA Oo" for person 0, which the rules treat as an unreadable expiry, not a
    // date).
    assertThat(read.subList(0, 6)).isEqualTo(expected.subList(0, 6));
    assertThat(read).hasSameSizeAs(expected);
    long differing =
        java.util.stream.IntStream.range(0, read.size())
            .filter(i -> !read.get(i).equals(expected.get(i)))
            .count();
    assertThat(differing)
        .as("fields read otherwise than on the flat render: %s vs %s", read, expected)
        .isLessThanOrEqualTo(1);
  }

  @Test
  void aPhotoWithNoPageInItIsAnUnreadableScan() {
    BufferedImage desk = PagePhotos.emptyDesk(1900, 2400, 7);

    assertThatThrownBy(() -> READER.readScan(List.of(desk)))
        .isInstanceOfSatisfying(
            I9Exception.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNREADABLE_SCAN))
        .hasMessageContaining("no sheet of paper");
  }

  @Test
  void leavesScansAndRendersAsTheyAre() {
    BufferedImage page = render(SyntheticPeople.citizenWithLicence()).get(0);

    assertThat(PagePhoto.of(page)).isInstanceOf(PagePhoto.Outcome.Scan.class);
  }

  /**
   * Section 1's names, date of birth, SSN, citizenship and date; Section 2's documents and dates.
   */
  static List<String> keyValues(I9Form form) {
    Section1 s1 = form.section1();
    List<String> out =
        new java.util.ArrayList<>(
            List.of(
                s1.name().last().text(),
                s1.name().first().text(),
                s1.name().middleInitial().text(),
                s1.dateOfBirth().text(),
                s1.ssn().masked(),
                s1.attestation().checked().toString(),
                s1.signedOn().text(),
                form.section2().firstDayOfEmployment().text(),
                form.section2().signedOn().text()));
    for (DocumentEntry d : form.section2().documents()) {
      out.addAll(
          List.of(
              d.list() + " " + d.slot(),
              d.title().text(),
              d.number().text(),
              d.expirationDate().text()));
    }
    return out;
  }

  private static List<BufferedImage> render(I9Content content) {
    return I9Filler.renderPages(I9Filler.fill(content, FillOptions.flattened()), 200);
  }
}
