package onramp.documents.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import onramp.documents.i9.I9Field;
import onramp.documents.model.I9Answer.Shape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class I9AnswerTest {

  @ParameterizedTest(name = "{0} is a {1} box")
  @CsvSource({
    "SSN, SSN",
    "STATE, STATE",
    "PREPARER_2_STATE, STATE",
    "ZIP, ZIP",
    "PREPARER_1_ZIP, ZIP",
    "MIDDLE_INITIAL, INITIAL",
    "DATE_OF_BIRTH, DATE",
    "LIST_A_3_EXPIRY, DATE",
    "EMPLOYEE_SIGNED_ON, DATE",
    "FIRST_DAY_OF_EMPLOYMENT, DATE",
    "REVERIFICATION_1_REHIRE_DATE, DATE",
    "WORK_AUTHORIZATION_EXPIRY, DATE",
    "BOX_US_CITIZEN, CHECKBOX",
    "PHONE, PHONE",
    "EMAIL, EMAIL",
    "LIST_A_1_TITLE, TEXT",
    "REVERIFICATION_1_DOCUMENT_TITLE, TEXT",
    "EMPLOYER_NAME_AND_TITLE, TEXT"
  })
  void knowsTheShapeOfEachBox(I9Field field, Shape shape) {
    assertThat(I9Answer.shape(field)).isEqualTo(shape);
  }

  @ParameterizedTest(name = "{0} \"{1}\" kept: {2}")
  @CsvSource({
    "SSN, 987-65-4329, true",
    "SSN, 987654329, true",
    "SSN, 98765432X, false",
    "SSN, 98765432, false",
    "STATE, OH, true",
    "STATE, Ohio, false",
    "STATE, N/A, true",
    "ZIP, 43215, true",
    "ZIP, 43215-1234, true",
    "ZIP, 4321, false",
    "INITIAL, E, true",
    "INITIAL, E., true",
    "INITIAL, ED, false",
    "DATE, 13/45/2026, true",
    "DATE, 'Jan 5, 2026', true",
    "DATE, yesterday, false",
    "PHONE, (614) 555-0199, true",
    "PHONE, call me, false",
    "EMAIL, t.whitlock@example.org, true",
    "EMAIL, t.whitlock, false",
    "TEXT, Driver's License, true",
    "TEXT, N/A, true",
    "CHECKBOX, true, true",
    "CHECKBOX, yes, false"
  })
  void keepsWhatWasWrittenWhenItHasTheShapeOfItsBox(Shape shape, String text, boolean kept) {
    assertThat(I9Answer.checked(shape, text).isPresent()).isEqualTo(kept);
  }

  @Test
  void dropsControlCharactersAndOverlongText() {
    assertThat(I9Answer.checked(Shape.TEXT, "Driver\u0007s License")).isEmpty();
    assertThat(I9Answer.checked(Shape.TEXT, "x".repeat(121))).isEmpty();
  }

  @Test
  void givesEveryFieldOfAPageItsOwnSchemaKey() {
    for (int page : new int[] {1, 3, 4}) {
      Set<String> keys =
          I9Answer.fieldsOn(page).stream().map(I9Answer::key).collect(Collectors.toSet());
      assertThat(keys)
          .hasSameSizeAs(I9Answer.fieldsOn(page))
          .allMatch(k -> k.matches("[a-z][A-Za-z0-9]*"));
    }
    assertThat(I9Answer.key(I9Field.LIST_A_1_TITLE)).isEqualTo("listA1Title");
    assertThat(Arrays.stream(I9Field.values()).filter(f -> f.page() == 1))
        .hasSize(I9Answer.fieldsOn(1).size());
  }
}
