package onramp.gateway.masking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Random mixes of the pieces recognizers look at: masking never throws and always round-trips. */
class RandomInputTest {
  private static final List<String> PIECES =
      List.of(
          "0",
          "1",
          "7",
          "12",
          "2024",
          "123",
          "4111",
          "555",
          "0132",
          " ",
          "  ",
          "-",
          ".",
          "/",
          ":",
          "::",
          ",",
          "(",
          ")",
          "+",
          "@",
          "#",
          "%",
          "\n",
          "a",
          "A",
          "DE",
          "St",
          "Main",
          "March",
          "born",
          "DOB",
          "ssn",
          "licence",
          "passport",
          "bank account",
          "phone",
          "http://",
          "www.",
          ".com",
          "x@y.org",
          "Kim",
          "Nguyen",
          "é",
          "ł",
          "’",
          "\t",
          "1st",
          "of");

  @Test
  void randomTextAlwaysMasksAndUnmasksToTheOriginal() {
    SplittableRandom random = new SplittableRandom(20261127);
    PatternMasker masker = PatternMasker.standard();
    for (int i = 0; i < 3000; i++) {
      StringBuilder sb = new StringBuilder();
      int pieces = random.nextInt(60);
      for (int k = 0; k < pieces; k++) {
        sb.append(PIECES.get(random.nextInt(PIECES.size())));
      }
      String text = sb.toString();
      MaskingSession session = masker.open(MaskingContext.names("Kim Nguyen"));

      String masked = session.mask(text);

      assertThat(session.unmask(masked)).as("round trip of [%s]", text).isEqualTo(text);
    }
  }

  @Test
  void syntheticRequestsRoundTrip() {
    SyntheticRides rides = new SyntheticRides(99);
    PatternMasker masker = PatternMasker.standard();
    for (int i = 0; i < 300; i++) {
      SyntheticRides.Request r = rides.next();
      MaskingSession session = masker.open(r.context());

      String masked = session.mask(r.text());

      assertThat(masked).doesNotContain("4111 1111 1111 1111", "DE89 3704");
      assertThat(session.unmask(masked)).isEqualTo(r.text());
    }
  }
}
