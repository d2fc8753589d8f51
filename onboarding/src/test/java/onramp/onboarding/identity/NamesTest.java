package onramp.onboarding.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamesTest {

  @ParameterizedTest(name = "\"{0}\" ~ \"{1}\" (truncated={2}) → {3}")
  @CsvSource({
    "Quinn, QUINN, false, true",
    "  quinn , QUINN, false, true",
    "José, JOSE, false, true",
    "Zoë, ZOE, false, true",
    "Müller-Lüdenscheidt, MULLER LUDENSCHEIDT, false, true",
    "O'Brien, OBRIEN, false, true",
    "O'Brien, O BRIEN, false, true",
    "Smith Jr., SMITH, false, true",
    "Smith III, SMITH, false, true",
    "Nguyễn, NGUYEN, false, true",
    "Wolfeschlegelsteinhausenbergerdorff, WOLFESCHLEGELSTEINHAU, true, true",
    "Wolfeschlegelsteinhausenbergerdorff, WOLFESCHLEGELSTEINHAU, false, false",
    "Quinn, QUINNE, false, false",
    "Jordan, JORDANA, true, false",
    "Smith, SMYTH, false, false"
  })
  void comparesNamesAsPeopleWriteThem(
      String signup, String document, boolean truncated, boolean same) {
    assertThat(Names.same(signup, document, truncated)).isEqualTo(same);
  }

  @ParameterizedTest(name = "middle \"{0}\" ~ \"{1}\" → {2}")
  @CsvSource({
    "Avery, AVERY, true",
    "A., AVERY, true",
    "A, AVERY, true",
    "'', AVERY, true",
    "Avery, '', true",
    "B, AVERY, false",
    "Blake, AVERY, false",
    "Avery Lee, AVERY, true",
    "Marie-Claire, MARIE CLAIRE, true"
  })
  void matchesAMiddleNameAgainstItsInitial(String signup, String document, boolean same) {
    assertThat(Names.sameMiddle(signup, document)).isEqualTo(same);
  }

  @ParameterizedTest(name = "\"{0}\" shown as \"{1}\" → {2}")
  @CsvSource({
    "Montgomery-Fitzwilliam-Abernathy-Castellanos, MONTGOMERY-FITZWILLIAM-A, true",
    "Montgomery-Fitzwilliam-Abernathy-Castellanos, MONTGOMERY-FITZWILLIAM-AI, true",
    "Montgomery-Fitzwilliam-Abernathy-Castellanos, MONTGOMERY-FITZWILLIAM-A!, true",
    "Montgomery-Fitzwilliam-Abernathy-Castellanos, MONTGOMERY FITZWILLIAM AB, true",
    "Montgomery-Fitzwilliam-Abernathy-Castellanos, MONTGOMERY-FITZWILLIAM-ABERNATHY-CASTELLANOS, true",
    "Montgomery-Fitzwilliam-Abernathy-Castellanos, MONTGOMERY-FITZGERALD-ABE, false",
    "Montgomery-Fitzwilliam-Abernathy-Castellanos, MONTGOMERY-FITZWILLIAM-OI, false",
    "Quinn, QUINN, true",
    "Quinn, QUINNE, true",
    "Quinn, QX, false",
    "Quinn, HAWTHORNE, false"
  })
  void comparesAValueCutOffByItsBoxAsTheStartOfTheName(String signup, String shown, boolean same) {
    assertThat(Names.sameOrCutOff(signup, shown)).isEqualTo(same);
  }
}
