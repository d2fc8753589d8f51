package onramp.documents.barcode;

import static org.assertj.core.api.Assertions.assertThat;

import onramp.documents.barcode.ZxingPdf417.Symbol;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ZxingPdf417Test {
  @ParameterizedTest(name = "level {0}, {1} errors corrected → trusted {2}")
  @CsvSource({
    "0, 0, true", // clean read: nothing to doubt
    "0, 1, false", // the whole budget of a 2-codeword EC: how noise passed as "AA"
    "1, 1, true",
    "1, 2, false",
    "2, 4, true", // zxing pdf417-1/14.png: a real level-2 symbol needing all 4 corrections
    "5, 20, true"
  })
  void distrustsOnlyTinySymbolsThatUsedAllTheirErrorCorrection(
      int level, int errors, boolean trusted) {
    assertThat(new Symbol("AA", level, errors, 0).trustworthy()).isEqualTo(trusted);
  }
}
