package onramp.documents.front;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import onramp.documents.synthetic.FrontStyle;
import onramp.documents.synthetic.LabelSet;
import onramp.documents.synthetic.LicenceFrontRenderer;
import org.junit.jupiter.api.Test;

class LicenceFrontRendererTest {
  @Test
  void drawsACr80CardAt300Dpi() {
    BufferedImage card = LicenceFrontRenderer.render(Cards.caroline(), FrontStyle.standard());

    assertThat(card.getWidth()).isEqualTo(1012);
    assertThat(card.getHeight()).isEqualTo(638);
  }

  @Test
  void sameContentAndStyleGiveTheSamePixels() {
    FrontStyle style = FrontStyle.random(new SplittableRandom(5));

    BufferedImage first = LicenceFrontRenderer.render(Cards.caroline(), style);
    BufferedImage second = LicenceFrontRenderer.render(Cards.caroline(), style);

    assertThat(pixels(first)).isEqualTo(pixels(second));
  }

  @Test
  void differentStylesLookDifferent() {
    BufferedImage plain = LicenceFrontRenderer.render(Cards.caroline(), FrontStyle.standard());
    BufferedImage other =
        LicenceFrontRenderer.render(Cards.caroline(), FrontStyle.random(new SplittableRandom(9)));

    assertThat(pixels(plain)).isNotEqualTo(pixels(other));
  }

  @Test
  void randomStylesCoverEveryLabelSetPlacementAndFont() {
    SplittableRandom random = new SplittableRandom(1);
    Set<Object> seen = new HashSet<>();
    for (int i = 0; i < 200; i++) {
      FrontStyle style = FrontStyle.random(random);
      seen.addAll(List.of(style.labels(), style.placement(), style.fontFamily(), style.pattern()));
    }

    assertThat(seen).containsAll(Arrays.asList(LabelSet.values()));
    assertThat(seen).containsAll(Arrays.asList(FrontStyle.Placement.values()));
    assertThat(seen).containsAll(FrontStyle.FONT_FAMILIES);
    assertThat(seen).containsAll(Arrays.asList(FrontStyle.Pattern.values()));
  }

  @Test
  void everyStyleFontIsInstalled() {
    List<String> installed =
        Arrays.asList(
            GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames());

    assertThat(installed).containsAll(FrontStyle.FONT_FAMILIES);
  }

  @Test
  void aamvaLabelsFollowTheCardDesignStandardNumbering() {
    assertThat(LabelSet.AAMVA_NUMBERED.label(FrontField.LICENSE_NUMBER)).contains("4d DLN");
    assertThat(LabelSet.AAMVA_NUMBERED.label(FrontField.LAST_NAME)).contains("1");
    assertThat(LabelSet.AAMVA_NAMED.label(FrontField.FIRST_NAME)).contains("2 FN");
    assertThat(LabelSet.AAMVA_NUMBERED.label(FrontField.EXPIRATION_DATE)).contains("4b EXP");
    assertThat(LabelSet.STATE_LONG.label(FrontField.LICENSE_NUMBER)).contains("LIC#");
    assertThat(LabelSet.STATE_SHORT.label(FrontField.RESTRICTIONS)).contains("REST");
    assertThat(LabelSet.AAMVA_NUMBERED.label(FrontField.MIDDLE_NAME)).isEmpty();
  }

  @Test
  void refusesBareNumbersAboveValues() {
    assertThatThrownBy(
            () ->
                Cards.style(
                    LabelSet.AAMVA_NUMBERED,
                    FrontStyle.Placement.ABOVE,
                    "DejaVu Sans",
                    FrontStyle.Pattern.NONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("AAMVA_NAMED");
  }

  private static int[] pixels(BufferedImage image) {
    return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
  }
}
