package onramp.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameCuesTest {
  @Test
  void findsNamesIntroducedByCues() {
    assertThat(
            NameCues.in(
                List.of(
                    "Hi, my name is Jane Roe and my driver Luis Ortega was late.",
                    "Dear Mr. Okafor,\nthanks.\nRegards,\nAna Lima",
                    "From: Priya Natarajan <p@example.com>")))
        .containsExactly("Jane Roe", "Luis Ortega", "Okafor", "Ana Lima", "Priya Natarajan");
  }

  @Test
  void leavesCapitalisedWordsThatAreNotNames() {
    assertThat(NameCues.in(List.of("I'm Sorry for the delay. This is Urgent. Dear Customer,")))
        .isEmpty();
  }

  @Test
  void ignoresUncuedText() {
    assertThat(NameCues.in(List.of("The van left San Francisco at noon."))).isEmpty();
  }
}
