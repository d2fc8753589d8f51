package onramp.documents.i9;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import onramp.documents.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FieldValueTest {
  private static FieldValue value(String raw) {
    return new FieldValue(I9Field.LIST_C_EXPIRY, raw, Source.FORM_FIELD, 1.0);
  }

  @ParameterizedTest(name = "''{0}'' is N/A")
  @ValueSource(
      strings = {"N/A", "NA", "n/a", "-", " N/A ", "n / a", "N.A.", "--", "Not applicable"})
  void treatsNotApplicableEntriesAsExplicitlyNotApplicable(String raw) {
    FieldValue v = value(raw);
    assertThat(v.isNotApplicable()).isTrue();
    assertThat(v.isBlank()).isFalse();
    assertThat(v.isPresent()).isFalse();
    assertThat(v.date()).isEmpty();
    assertThat(v.evidence()).isEmpty();
  }

  @Test
  void blankIsNotNotApplicable() {
    assertThat(value("   ").isBlank()).isTrue();
    assertThat(value("   ").isNotApplicable()).isFalse();
  }

  @Test
  void keepsTheRawTextOfAnImpossibleDate() {
    FieldValue v = value(" 13/45/2026 ");
    assertThat(v.isMalformedDate()).isTrue();
    assertThat(v.raw()).isEqualTo(" 13/45/2026 ");
    assertThat(v.text()).isEqualTo("13/45/2026");
  }

  @Test
  void trimsAndCollapsesWhitespaceButKeepsTheRawText() {
    FieldValue v = value("  01 /05/2026 ");
    assertThat(v.text()).isEqualTo("01 /05/2026");
    assertThat(v.date()).contains(LocalDate.of(2026, 1, 5));
    assertThat(v.evidence())
        .hasValueSatisfying(
            e -> {
              assertThat(e.value()).isEqualTo("01 /05/2026");
              assertThat(e.source()).isEqualTo(Source.FORM_FIELD);
              assertThat(e.confidence()).isEqualTo(1.0);
            });
  }

  @Test
  void marksOcrReadingsBelowTheThresholdAsLowConfidence() {
    assertThat(new FieldValue(I9Field.LAST_NAME, "Rivera", Source.SCAN_OCR, 0.79).isLowConfidence())
        .isTrue();
    assertThat(new FieldValue(I9Field.LAST_NAME, "Rivera", Source.SCAN_OCR, 0.81).isLowConfidence())
        .isFalse();
    assertThat(new FieldValue(I9Field.LAST_NAME, "", Source.SCAN_OCR, 0.0).isLowConfidence())
        .isFalse();
  }
}
