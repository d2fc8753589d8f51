package onramp.onboarding.licence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import onramp.documents.aamva.AamvaParser;
import onramp.onboarding.Fixtures;
import onramp.onboarding.application.Application;
import onramp.onboarding.application.VehicleClass;
import onramp.onboarding.casefile.CaseFile;
import onramp.onboarding.casefile.DriverLicence;
import onramp.onboarding.casefile.FrontSide;
import onramp.onboarding.casefile.Rule;
import onramp.onboarding.decision.Reason;
import onramp.onboarding.decision.ReasonCode;
import onramp.onboarding.policy.Policies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A second licence jurisdiction is data: Canadian AAMVA cards are governed by policy/ca.json. */
class JurisdictionPoliciesTest {

  private static String sample(String name) throws IOException {
    try (InputStream in = JurisdictionPoliciesTest.class.getResourceAsStream("/aamva/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void readsAnOntarioLicenceWithCanadianDatesAndGovernsItByTheCanadianPolicy() throws IOException {
    DriverLicence on = AamvaLicenceReader.toLicence(AamvaParser.parse(sample("Licenses_ON.txt")));
    assertThat(on.jurisdiction().value()).isEqualTo("ON");
    assertThat(on.country().value()).isEqualTo("CANADA");
    assertThat(on.dateOfBirth().value()).isEqualTo(LocalDate.of(1996, 6, 3)); // CCYYMMDD
    assertThat(on.licenseClass().value()).isEqualTo("G");
    assertThat(Policies.builtIn().forJurisdiction("ON")).map(p -> p.id()).contains("ca");
    assertThat(Policies.builtIn().forJurisdiction("VA")).map(p -> p.id()).contains("us");
  }

  @ParameterizedTest(name = "{0} driver, Ontario class {1} → sufficient={2}")
  @CsvSource({
    "VAN, G, true",
    "VAN, G1, false",
    "VAN, G2, false",
    "MINIBUS, G, false",
    "MINIBUS, F, true",
    "BUS, C, true"
  })
  void appliesTheCanadianVehicleClasses(VehicleClass vehicle, String cls, boolean sufficient) {
    DriverLicence dl = Licences.classed(cls, "");
    DriverLicence ontario =
        new DriverLicence(
            Fixtures.bar("ON"),
            Fixtures.bar("CANADA"),
            dl.iin(),
            dl.aamvaVersion(),
            dl.documentType(),
            dl.licenseNumber(),
            dl.name(),
            dl.dateOfBirth(),
            dl.issueDate(),
            dl.expirationDate(),
            dl.sex(),
            dl.heightInches(),
            dl.licenseClass(),
            dl.endorsements(),
            dl.restrictions(),
            dl.address());
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
            "ON",
            a.licenseNumber(),
            vehicle,
            a.firstDayOfEmployment(),
            a.submittedAt());
    CaseFile f =
        new CaseFile(
            app,
            Optional.of(ontario),
            FrontSide.empty(),
            Optional.empty(),
            List.of(),
            Policies.builtIn().forJurisdiction("ON"),
            Fixtures.TODAY);
    List<ReasonCode> codes =
        LicenceRules.all().stream()
            .map((Rule r) -> r.check(f))
            .flatMap(List::stream)
            .map(Reason::code)
            .toList();
    assertThat(codes.contains(ReasonCode.DL_CLASS_INSUFFICIENT)).isEqualTo(!sufficient);
    assertThat(codes).doesNotContain(ReasonCode.DL_JURISDICTION_UNSUPPORTED);
  }
}
