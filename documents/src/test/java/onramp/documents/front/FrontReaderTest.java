package onramp.documents.front;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.stream.Stream;
import onramp.documents.Evidence;
import onramp.documents.Source;
import onramp.documents.synthetic.FrontContent;
import onramp.documents.synthetic.FrontStyle;
import onramp.documents.synthetic.LabelSet;
import onramp.documents.synthetic.LicenceFrontRenderer;
import onramp.documents.synthetic.SampleFronts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Synthetic cards in several styles and fonts, read back field by field. */
class FrontReaderTest {
  static FrontReader reader;

  @BeforeAll
  static void needsTesseract() {
    reader = SharedFrontReader.get();
    assertTrue(reader.availability().available(), reader.availability().reason());
  }

  static Stream<Arguments> cards() {
    return Stream.of(
        Arguments.of(Cards.caroline(), FrontStyle.standard()),
        Arguments.of(
            Cards.caroline(),
            Cards.style(
                LabelSet.AAMVA_NAMED,
                FrontStyle.Placement.ABOVE,
                "DejaVu Sans Condensed",
                FrontStyle.Pattern.ROSETTE)),
        Arguments.of(
            Cards.caroline(),
            Cards.style(
                LabelSet.STATE_SHORT,
                FrontStyle.Placement.INLINE,
                "DejaVu Serif",
                FrontStyle.Pattern.DIAGONALS)),
        Arguments.of(
            Cards.desmond(),
            Cards.style(
                LabelSet.STATE_LONG,
                FrontStyle.Placement.ABOVE,
                "DejaVu Sans Mono",
                FrontStyle.Pattern.WAVES)),
        Arguments.of(
            Cards.desmond(),
            Cards.style(
                LabelSet.AAMVA_NUMBERED,
                FrontStyle.Placement.INLINE,
                "DejaVu Serif Condensed",
                FrontStyle.Pattern.NONE)));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("cards")
  void readsEveryFieldOfACleanCard(FrontContent content, FrontStyle style) {
    FrontReading reading = reader.read(LicenceFrontRenderer.render(content, style));

    Map<FrontField, String> expected = SampleFronts.expected(content);
    assertThat(values(reading)).isEqualTo(expected);
    assertThat(reading.fields().values())
        .allSatisfy(e -> assertThat(e.source()).isEqualTo(Source.FRONT_OCR))
        .allSatisfy(e -> assertThat(e.confidence()).isGreaterThan(0.6));
  }

  static Map<FrontField, String> values(FrontReading reading) {
    Map<FrontField, String> values = new java.util.EnumMap<>(FrontField.class);
    reading.fields().forEach((field, evidence) -> values.put(field, evidence.value()));
    return values;
  }

  static double meanConfidence(FrontReading reading) {
    return reading.fields().values().stream().mapToDouble(Evidence::confidence).average().orElse(0);
  }
}
