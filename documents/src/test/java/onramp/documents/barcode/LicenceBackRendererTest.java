package onramp.documents.barcode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import onramp.documents.synthetic.BackStyle;
import onramp.documents.synthetic.LicenceBackRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

class LicenceBackRendererTest {
  static final java.util.List<String> PAYLOADS = Fixtures.PAYLOAD_FILES;

  @ParameterizedTest(name = "{0}")
  @FieldSource("PAYLOADS")
  void rendersEachRealPayloadSoItDecodesByteForByte(String file) {
    String payload = Fixtures.payload(file);

    BufferedImage card = LicenceBackRenderer.render(payload, Fixtures.styleFor(payload));

    assertThat(Pdf417Decoder.standard().decode(card)).map(DecodedBarcode::text).hasValue(payload);
  }

  @Test
  void drawsACr80CardAt300Dpi() {
    BufferedImage card =
        LicenceBackRenderer.render("@\n\u001e\rANSI 636000100001", BackStyle.standard());

    assertThat(card.getWidth()).isEqualTo(1012);
    assertThat(card.getHeight()).isEqualTo(638);
    assertThat(BackStyle.standard().atDpi(600).cardWidth()).isEqualTo(2025);
  }

  @Test
  void printsTheRequestedNumberOfColumns() {
    String payload = Fixtures.payload("benhovinga-v10.txt");

    byte[][] six = LicenceBackRenderer.encode(payload, BackStyle.standard().withColumns(6));
    byte[][] ten = LicenceBackRenderer.encode(payload, BackStyle.standard().withColumns(10));

    // start 17 + left indicator 17 + 17 per data column + right indicator 17 + stop 18 modules
    assertThat(six[0]).hasSize(69 + 17 * 6);
    assertThat(ten[0]).hasSize(69 + 17 * 10);
    assertThat(six.length).isGreaterThan(ten.length);
  }

  @Test
  void differentSeedsDecorateDifferentlyButCarryTheSameSymbol() {
    String payload = Fixtures.payload("idparser-Licenses_AK.txt");

    BufferedImage a = LicenceBackRenderer.render(payload, BackStyle.standard().withSeed(1));
    BufferedImage b = LicenceBackRenderer.render(payload, BackStyle.standard().withSeed(2));

    assertThat(a.getRGB(0, 0, 1012, 200, null, 0, 1012))
        .isNotEqualTo(b.getRGB(0, 0, 1012, 200, null, 0, 1012));
    assertThat(a.getRGB(0, 200, 1012, 400, null, 0, 1012))
        .isEqualTo(b.getRGB(0, 200, 1012, 400, null, 0, 1012));
  }

  @Test
  void refusesAPayloadTooLargeForTheSymbolWithAHint() {
    String huge = "X".repeat(3000);

    assertThatThrownBy(() -> LicenceBackRenderer.render(huge, BackStyle.standard().withColumns(6)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("more columns");
  }
}
