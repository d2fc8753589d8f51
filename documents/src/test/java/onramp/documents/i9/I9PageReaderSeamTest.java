package onramp.documents.i9;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import onramp.documents.Source;
import org.junit.jupiter.api.Test;

/** Another page reader (later: a model through the gateway) plugs in without touching the rest. */
class I9PageReaderSeamTest {
  private static final class FakeModelReader implements I9PageReader {
    @Override
    public Source source() {
      return Source.MODEL;
    }

    @Override
    public Map<I9Field, FieldReading> read(BufferedImage page, int pageNumber) {
      return pageNumber != 1
          ? Map.of()
          : Map.of(
              I9Field.LAST_NAME, new FieldReading("Rivera", 0.9),
              I9Field.DATE_OF_BIRTH, new FieldReading("March 14, 1990", 0.7),
              I9Field.BOX_NONCITIZEN_NATIONAL, FieldReading.checkbox(true, 0.95));
    }

    @Override
    public String footer(BufferedImage page1) {
      return "Form I-9 Edition 01/20/25 Page 1 of 4";
    }
  }

  @Test
  void readsAScanThroughAnyPageReader() {
    I9Form form =
        I9Reader.with(new FakeModelReader())
            .readScan(List.of(new BufferedImage(10, 13, BufferedImage.TYPE_BYTE_GRAY)));

    assertThat(form.source()).isEqualTo(Source.MODEL);
    assertThat(form.edition()).isEqualTo(new Edition("01/20/25", Edition.Basis.SCAN));
    assertThat(form.section1().name().last().evidence())
        .hasValueSatisfying(e -> assertThat(e.source()).isEqualTo(Source.MODEL));
    assertThat(form.section1().dateOfBirth().date()).contains(LocalDate.of(1990, 3, 14));
    assertThat(form.section1().attestation().citizenship())
        .contains(Citizenship.NONCITIZEN_NATIONAL);
    assertThat(form.lowConfidence()).containsExactly(I9Field.DATE_OF_BIRTH);
  }
}
