package onramp.onboarding.i9;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentTitlesTest {

  @ParameterizedTest(name = "\"{0}\" → {1} receipt={2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Driver's License | DRIVER_LICENSE | false",
        "DL | DRIVER_LICENSE | false",
        "Drivers Lic. | DRIVER_LICENSE | false",
        "driver license | DRIVER_LICENSE | false",
        "Driver’s licence | DRIVER_LICENSE | false",
        "CDL | DRIVER_LICENSE | false",
        "U.S. Passport | US_PASSPORT | false",
        "US Passport | US_PASSPORT | false",
        "Passport | US_PASSPORT | false",
        "U.S. Passport Card | US_PASSPORT_CARD | false",
        "Permanent Resident Card | PERMANENT_RESIDENT_CARD | false",
        "I-551 | PERMANENT_RESIDENT_CARD | false",
        "Form I-766 | EMPLOYMENT_AUTHORIZATION_CARD | false",
        "EAD | EMPLOYMENT_AUTHORIZATION_CARD | false",
        "Foreign Passport | FOREIGN_PASSPORT | false",
        "Mexican passport with I-551 stamp | FOREIGN_PASSPORT_I551_STAMP | false",
        "Social Security Card | SOCIAL_SECURITY_CARD | false",
        "SS Card | SOCIAL_SECURITY_CARD | false",
        "Birth Certificate | BIRTH_CERTIFICATE | false",
        "Certified copy of birth certificate | BIRTH_CERTIFICATE | false",
        "FS-240 | CERTIFICATION_OF_BIRTH_ABROAD | false",
        "State ID | STATE_ID_CARD | false",
        "ID Card | STATE_ID_CARD | false",
        "Voter Registration Card | VOTER_REGISTRATION_CARD | false",
        "Ontario driver's licence | CANADIAN_DRIVER_LICENSE | false",
        "Native American tribal document | NATIVE_AMERICAN_TRIBAL_DOCUMENT | false",
        "Receipt - Driver's License | DRIVER_LICENSE | true",
        "Receipt for replacement of lost Social Security card | SOCIAL_SECURITY_CARD | true"
      })
  void recognisesTitlesAsEmployersTypeThem(
      String title, AcceptableDocument expected, boolean receipt) {
    assertThat(DocumentTitles.recognise(title))
        .contains(new DocumentTitles.Recognised(expected, receipt));
  }

  @ParameterizedTest
  @CsvSource({"Library card", "Costco membership", "N/A", "''", "Gym badge"})
  void refusesDocumentsThatAreNotOnTheLists(String title) {
    assertThat(DocumentTitles.recognise(title)).isEmpty();
  }
}
