package onramp.onboarding.i9;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LicensingAuthoritiesTest {

  @ParameterizedTest
  @CsvSource({
    "NYS DMV, NY",
    "NYSDMV, NY",
    "New York State Department of Motor Vehicles, NY",
    "PennDOT, PA",
    "Penn DOT, PA",
    "Virginia DMV, VA",
    "VA, VA",
    "'Dept. of Motor Vehicles, Virginia', VA",
    "VA Dept of Motor Vehicles, VA",
    "TxDPS, TX",
    "Texas Department of Public Safety, TX",
    "ICBC, BC",
    "ServiceOntario, ON",
    "FLHSMV, FL",
    "Georgia DDS, GA",
    "Illinois Secretary of State, IL",
    "Québec, QC",
    "SAAQ, QC",
    "WisDOT, WI",
    "DMV, VA",
    "Department of Motor Vehicles, TX"
  })
  void recognisesTheIssuerByItsAgencyNameOrAbbreviation(String authority, String code) {
    assertThat(LicensingAuthorities.standard().couldBe(authority, code)).isTrue();
  }

  @ParameterizedTest
  @CsvSource({
    "NYS DMV, NJ",
    "PennDOT, VA",
    "Texas DPS, OK",
    "ICBC, ON",
    "California DMV, NV",
    "VA, WV",
    "West Virginia DMV, VA"
  })
  void anotherJurisdictionsAuthorityIsAnotherIssuer(String authority, String code) {
    assertThat(LicensingAuthorities.standard().couldBe(authority, code)).isFalse();
  }

  @ParameterizedTest
  @CsvSource({"DMV", "Department of Motor Vehicles", "BMV", "State"})
  void aGenericNameNamesNobody(String authority) {
    assertThat(LicensingAuthorities.standard().named(authority)).isEmpty();
  }
}
