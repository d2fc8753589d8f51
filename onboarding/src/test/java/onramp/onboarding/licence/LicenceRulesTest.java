package onramp.onboarding.licence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import onramp.onboarding.Fixtures;
import onramp.onboarding.Outcome;
import onramp.onboarding.application.Application;
import onramp.onboarding.application.VehicleClass;
import onramp.onboarding.casefile.CaseFile;
import onramp.onboarding.casefile.DriverLicence;
import onramp.onboarding.casefile.FrontSide;
import onramp.onboarding.casefile.Rule;
import onramp.onboarding.decision.Reason;
import onramp.onboarding.decision.ReasonCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LicenceRulesTest {

  private static List<ReasonCode> codes(CaseFile f) {
    return LicenceRules.all().stream()
        .map((Rule r) -> r.check(f))
        .flatMap(List::stream)
        .map(Reason::code)
        .toList();
  }

  @Test
  void acceptsAValidLicence() {
    assertThat(codes(Fixtures.caseFile(Fixtures.licence()))).isEmpty();
  }

  @ParameterizedTest(name = "expiring {0} → expired={1}")
  @CsvSource({"2026-11-26, true", "2026-11-27, true", "2026-11-28, false"})
  void rejectsALicenceExpiredOnOrBeforeTheDecisionDate(LocalDate expires, boolean expired) {
    List<ReasonCode> codes = codes(Fixtures.caseFile(Licences.expiring(expires)));
    assertThat(codes.contains(ReasonCode.DL_EXPIRED)).isEqualTo(expired);
  }

  @ParameterizedTest(name = "born {0} → underage={1}")
  @CsvSource({"2005-11-28, true", "2005-11-27, false", "1960-01-01, false"})
  void rejectsDriversYoungerThanTwentyOne(LocalDate dob, boolean underage) {
    CaseFile f = Fixtures.caseFile(Licences.born(dob, LocalDate.of(2021, 1, 1)));
    assertThat(codes(f).contains(ReasonCode.DRIVER_UNDERAGE)).isEqualTo(underage);
  }

  @ParameterizedTest(name = "born {0}, issued {1} → {2}")
  @CsvSource({
    "1990-01-01, 2025-11-01, NONE", // 36, a year and more (needs 1)
    "1990-01-01, 2026-06-01, DRIVER_EXPERIENCE_UNKNOWN", // 36, half a year: may be a re-issue
    "2004-06-01, 2023-01-01, NONE", // 22, nearly 4 years licensed (needs 3)
    "2004-06-01, 2024-06-01, DRIVER_EXPERIENCE_UNKNOWN" // 22, 2.5 years (needs 3): may be a
    // re-issue
  })
  void countsExperienceFromTheIssueDateAndFlagsPossibleReissues(
      LocalDate dob, LocalDate issued, String expected) {
    List<ReasonCode> codes =
        LicenceRules.experience(Fixtures.caseFile(Licences.born(dob, issued))).stream()
            .map(Reason::code)
            .toList();
    if (expected.equals("NONE")) {
      assertThat(codes).isEmpty();
    } else {
      assertThat(codes).containsExactly(ReasonCode.valueOf(expected));
    }
  }

  @Test
  void rejectsInsufficientExperienceWhenNoLicenceCouldBeOldEnough() {
    var policy = Fixtures.caseFile(Fixtures.licence()).policy().orElseThrow();
    var lenient =
        new onramp.onboarding.policy.Policy(
            "test", policy.jurisdictions(), 18, 1, 23, 5, 16, false, true, policy.vehicleClasses());
    DriverLicence dl = Licences.born(LocalDate.of(2006, 1, 1), LocalDate.of(2024, 1, 1));
    CaseFile f =
        new CaseFile(
            Fixtures.application(),
            Optional.of(dl),
            FrontSide.empty(),
            Optional.empty(),
            List.of(),
            Optional.of(lenient),
            Fixtures.TODAY);
    assertThat(LicenceRules.experience(f))
        .extracting(Reason::code)
        .containsExactly(ReasonCode.DRIVER_INSUFFICIENT_EXPERIENCE);
  }

  @Test
  void asksForReviewWhenTheIssueDateIsMissing() {
    DriverLicence d = Fixtures.licence();
    DriverLicence noIssue =
        Licences.with(
            d.dateOfBirth().value(), Optional.empty(), d.expirationDate().value(), "C", "");
    assertThat(codes(Fixtures.caseFile(noIssue)))
        .containsExactly(ReasonCode.DRIVER_EXPERIENCE_UNKNOWN);
  }

  @ParameterizedTest(name = "{0} driver with class {1} endorsements ''{2}'' → sufficient={3}")
  @CsvSource({
    "VAN, C, '', true",
    "VAN, D, '', true",
    "VAN, CM, '', true",
    "VAN, M, '', false",
    "VAN, '', '', false",
    "MINIBUS, C, '', false",
    "MINIBUS, B, '', false",
    "MINIBUS, B, P, true",
    "MINIBUS, A, PN, true",
    "BUS, B, P, true",
    "BUS, C, P, false"
  })
  void requiresTheLicenceClassTheVehicleNeeds(
      VehicleClass vehicle, String cls, String end, boolean sufficient) {
    Application a = Fixtures.application();
    Application app =
        new Application(
            a.firstName(),
            a.middleName(),
            a.lastName(),
            a.dateOfBirth(),
            a.email(),
            a.phone(),
            a.address(),
            a.licenseState(),
            a.licenseNumber(),
            vehicle,
            a.firstDayOfEmployment(),
            a.submittedAt());
    List<ReasonCode> codes = codes(Fixtures.caseFile(app, Licences.classed(cls, end)));
    assertThat(codes.contains(ReasonCode.DL_CLASS_INSUFFICIENT)).isEqualTo(!sufficient);
  }

  @ParameterizedTest(name = "issuer {0}, licence address {1}, stated {2}, home {3} → mismatch={4}")
  @CsvSource({
    "VA, VA, VA, VA, false",
    "MD, VA, VA, VA, true",
    "VA, VA, MD, VA, true",
    "VA, VA, VA, MD, true",
    "VA, MD, VA, VA, true"
  })
  void comparesIssuerStatedStateAndAddressState(
      String issuer, String dlAddr, String stated, String home, boolean mismatch) {
    Application a = Fixtures.application();
    Application app =
        new Application(
            a.firstName(),
            a.middleName(),
            a.lastName(),
            a.dateOfBirth(),
            a.email(),
            a.phone(),
            new Application.Address("1 Main St", "Town", home, "12345"),
            stated,
            a.licenseNumber(),
            a.vehicleClass(),
            a.firstDayOfEmployment(),
            a.submittedAt());
    List<ReasonCode> codes = codes(Fixtures.caseFile(app, Licences.issuedBy(issuer, dlAddr)));
    assertThat(codes.contains(ReasonCode.DL_JURISDICTION_MISMATCH)).isEqualTo(mismatch);
  }

  @Test
  void sendsLicencesWithoutAPolicyToReview() {
    CaseFile f =
        new CaseFile(
            Fixtures.application(),
            Optional.of(Fixtures.licence()),
            FrontSide.empty(),
            Optional.empty(),
            List.of(),
            Optional.empty(),
            Fixtures.TODAY);
    assertThat(codes(f)).contains(ReasonCode.DL_JURISDICTION_UNSUPPORTED);
    assertThat(Outcome.from(LicenceRules.jurisdiction(f))).isEqualTo(Outcome.NEEDS_REVIEW);
  }

  @ParameterizedTest
  @CsvSource({"T12345678, false", "t12-345-678, false", "T12345679, true"})
  void comparesTheStatedLicenceNumberWithTheBarcode(String stated, boolean mismatch) {
    Application a = Fixtures.application();
    Application app =
        new Application(
            a.firstName(),
            a.middleName(),
            a.lastName(),
            a.dateOfBirth(),
            a.email(),
            a.phone(),
            a.address(),
            a.licenseState(),
            stated,
            a.vehicleClass(),
            a.firstDayOfEmployment(),
            a.submittedAt());
    assertThat(
            codes(Fixtures.caseFile(app, Fixtures.licence()))
                .contains(ReasonCode.DL_NUMBER_MISMATCH))
        .isEqualTo(mismatch);
  }
}
