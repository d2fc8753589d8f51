package onramp.documents.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.function.Function;
import onramp.documents.model.FrontAnswer.Checked;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FrontAnswerTest {

  @ParameterizedTest(name = "{0} \"{1}\" -> {2} (exact: {3})")
  @CsvSource(
      nullValues = "DROP",
      value = {
        "date, 1990-07-04, 1990-07-04, true",
        "date, 07/04/1990, 1990-07-04, false",
        "date, 13/45/2026, DROP, false",
        "date, 2026-02-30, DROP, false",
        "date, 1O/04/1990, DROP, false",
        "date, 1850-01-01, DROP, false",
        "date, yesterday, DROP, false",
        "sex, F, F, true",
        "sex, female, F, false",
        "sex, Q, DROP, false",
        "sex, 2, DROP, false",
        "height, 64, 64, true",
        "height, 48, 48, true",
        "height, 96, 96, true",
        "height, 47, DROP, false",
        "height, 140, DROP, false",
        "height, 64.0, 64, true",
        "height, 64.5, DROP, false",
        "licence, R9930417, R9930417, true",
        "licence, 123 456 789, 123456789, true",
        "licence, S-530-4607-1482, S53046071482, true",
        "licence, r9930417, R9930417, false",
        "licence, R99#0417, DROP, false",
        "licence, A12, DROP, false",
        "licence, A123456789012345678901, DROP, false",
        "name, QUINTERO, QUINTERO, true",
        "name, Quintero, QUINTERO, false",
        "name, O'BRIEN-SMITH, O'BRIEN-SMITH, true",
        "name, QU1NTERO, DROP, false",
        "name, ---, DROP, false",
      })
  void checksEachValueLikeUserInput(String kind, String raw, String expected, boolean exact) {
    Function<String, Optional<Checked>> check =
        switch (kind) {
          case "date" -> FrontAnswer::date;
          case "sex" -> FrontAnswer::sex;
          case "height" -> FrontAnswer::height;
          case "licence" -> FrontAnswer::licenceNumber;
          default -> FrontAnswer::name;
        };

    Optional<Checked> checked = check.apply(raw);

    if (expected == null) {
      assertThat(checked).isEmpty();
    } else {
      assertThat(checked).contains(new Checked(expected, exact));
    }
  }
}
