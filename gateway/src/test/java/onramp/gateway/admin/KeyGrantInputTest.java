package onramp.gateway.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import onramp.gateway.DataClass;
import onramp.gateway.keys.KeyGrant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KeyGrantInputTest {
  private static final LocalDate TODAY = LocalDate.parse("2026-12-02");

  private static KeyGrantInput input(
      String team, String budget, String dataClass, String models, String rpm, String expires) {
    return new KeyGrantInput(
        team,
        "workspace",
        Optional.of(" "),
        Optional.of(budget),
        Optional.of(dataClass),
        Optional.of(models),
        Optional.of(rpm),
        Optional.of(expires));
  }

  @Test
  void readsWhatAPersonTypes() {
    KeyGrant grant =
        new KeyGrantInput(
                "support",
                "workspace",
                Optional.of("dana.reviewer"),
                Optional.of("25.50"),
                Optional.of("customer"),
                Optional.of("claude-haiku-4-5, claude-sonnet-4-5,"),
                Optional.of("60"),
                Optional.of("2027-06-30"))
            .toGrant(TODAY);

    assertThat(grant)
        .isEqualTo(
            new KeyGrant(
                "support",
                "workspace",
                Optional.of("dana.reviewer"),
                Set.of("claude-haiku-4-5", "claude-sonnet-4-5"),
                DataClass.CUSTOMER,
                Optional.of(new BigDecimal("25.5")),
                Optional.of(60),
                Optional.of(LocalDate.parse("2027-06-30"))));
  }

  @Test
  void blankOptionalFieldsMeanTheDefaults() {
    KeyGrant grant = input("support", "", " ", "", "", "").toGrant(TODAY);

    assertThat(grant).isEqualTo(KeyGrant.of("support", "workspace"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "bad team      | support team | 10   | INTERNAL | m      | 5  | 2027-01-01 | a key's team is a short name",
        "bad budget    | support      | 10$  | INTERNAL | m      | 5  | 2027-01-01 | budget: '10$' is not an amount in dollars",
        "negative      | support      | -1   | INTERNAL | m      | 5  | 2027-01-01 | budget: -1 is not a monthly amount",
        "data class    | support      | 10   | SECRET   | m      | 5  | 2027-01-01 | data class: 'SECRET' is not one of PUBLIC, INTERNAL, CUSTOMER, RESTRICTED",
        "model name    | support      | 10   | INTERNAL | a b    | 5  | 2027-01-01 | models: 'a b' is not a model name",
        "rate          | support      | 10   | INTERNAL | m      | 0  | 2027-01-01 | requests per minute: '0' is not a whole number above 0",
        "not a date    | support      | 10   | INTERNAL | m      | 5  | 2027-02-30 | expires: '2027-02-30' is not a date; give the last day the key works as YYYY-MM-DD",
        "past date     | support      | 10   | INTERNAL | m      | 5  | 2026-12-01 | expires: 2026-12-01 is already past",
      })
  void saysWhichFieldCannotBeUsedAndWhatToGive(
      String name,
      String team,
      String budget,
      String dataClass,
      String models,
      String rpm,
      String expires,
      String message) {
    assertThatThrownBy(() -> input(team, budget, dataClass, models, rpm, expires).toGrant(TODAY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message);
  }
}
