package onramp.onboarding.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ApplicationReaderTest {
  static final String VALID =
      """
      {"firstName":"Jordan","middleName":"Avery","lastName":"Quinn","dateOfBirth":"1990-04-18",
       "email":"jordan.quinn@example.com","phone":"+1 555 010 0199",
       "address":{"street":"100 Example Way","city":"Richmond","state":"va","postalCode":"23219"},
       "licenseState":"va","licenseNumber":"T12345678","vehicleClass":"minibus",
       "firstDayOfEmployment":"2026-12-01","submittedAt":"2026-11-20T10:00:00Z","favouriteColour":"teal"}
      """;

  @Test
  void readsEveryFieldAndIgnoresUnknownKeys() {
    Application app = ApplicationReader.parse(VALID);
    assertThat(app.firstName()).isEqualTo("Jordan");
    assertThat(app.middleName()).contains("Avery");
    assertThat(app.dateOfBirth()).isEqualTo(LocalDate.of(1990, 4, 18));
    assertThat(app.address().state()).isEqualTo("VA");
    assertThat(app.licenseState()).isEqualTo("VA");
    assertThat(app.vehicleClass()).isEqualTo(VehicleClass.MINIBUS);
    assertThat(app.submittedAt()).isPresent();
  }

  @Test
  void refusesANestingBombWithAClearReason() {
    String json = "{\"firstName\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";

    assertThatThrownBy(() -> ApplicationReader.parse(json))
        .isInstanceOf(InvalidApplicationException.class)
        .hasMessageStartingWith("application.json: ")
        .hasMessageContaining("nested")
        .message()
        .doesNotContain("Exception", "java.", "StreamReadConstraints");
  }

  @Test
  void listsEveryMissingOrMalformedKeyAtOnce() {
    String json =
        """
        {"firstName":"Jordan","dateOfBirth":"18/04/1990","address":{"city":"Richmond"},
         "vehicleClass":"TRUCK","firstDayOfEmployment":"2026-12-01"}
        """;
    assertThatThrownBy(() -> ApplicationReader.parse(json))
        .isInstanceOfSatisfying(
            InvalidApplicationException.class,
            e ->
                assertThat(e.problems())
                    .containsExactlyInAnyOrder(
                        "lastName is required",
                        "dateOfBirth must be a date as YYYY-MM-DD, was \"18/04/1990\"",
                        "licenseState is required",
                        "licenseNumber is required",
                        "vehicleClass must be VAN, MINIBUS or BUS, was \"TRUCK\"",
                        "address.street is required",
                        "address.state is required",
                        "address.postalCode is required"));
  }

  @Test
  void explainsJsonThatIsNotJson() {
    assertThatThrownBy(() -> ApplicationReader.parse("{\"firstName\": "))
        .isInstanceOf(InvalidApplicationException.class)
        .hasMessageContaining("not valid JSON");
    assertThatThrownBy(() -> ApplicationReader.parse("[1,2]"))
        .hasMessageContaining("must be a JSON object");
  }

  @Test
  void saysWhereTheJsonBreaksWithoutQuotingWhatWasTyped() {
    // Found by fuzzing: Jackson's message quoted the applicant's token ("Exception" here).
    assertThatThrownBy(() -> ApplicationReader.parse("Exception(![1.2"))
        .isInstanceOf(InvalidApplicationException.class)
        .hasMessage(
            "application.json: not valid JSON (line 1, column 1); save the signup data again as"
                + " a JSON object");
  }
}
