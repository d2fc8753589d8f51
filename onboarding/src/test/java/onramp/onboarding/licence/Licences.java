package onramp.onboarding.licence;

import java.time.LocalDate;
import java.util.Optional;
import onramp.documents.Evidence;
import onramp.onboarding.Fixtures;
import onramp.onboarding.casefile.DriverLicence;

/** Variations of {@link Fixtures#licence()} for rule tests. */
final class Licences {
  private Licences() {}

  static DriverLicence with(
      LocalDate dob, Optional<LocalDate> issued, LocalDate expires, String cls, String end) {
    DriverLicence d = Fixtures.licence();
    return new DriverLicence(
        d.jurisdiction(),
        d.country(),
        d.iin(),
        d.aamvaVersion(),
        d.documentType(),
        d.licenseNumber(),
        d.name(),
        Fixtures.bar(dob),
        issued.map(Fixtures::bar),
        Fixtures.bar(expires),
        d.sex(),
        d.heightInches(),
        Fixtures.bar(cls),
        Fixtures.bar(end),
        d.restrictions(),
        d.address());
  }

  static DriverLicence expiring(LocalDate expires) {
    DriverLicence d = Fixtures.licence();
    return with(d.dateOfBirth().value(), d.issueDate().map(Evidence::value), expires, "C", "");
  }

  static DriverLicence born(LocalDate dob, LocalDate issued) {
    return with(dob, Optional.of(issued), LocalDate.of(2029, 1, 1), "C", "");
  }

  static DriverLicence classed(String cls, String endorsements) {
    DriverLicence d = Fixtures.licence();
    return with(
        d.dateOfBirth().value(),
        d.issueDate().map(Evidence::value),
        d.expirationDate().value(),
        cls,
        endorsements);
  }

  static DriverLicence issuedBy(String jurisdiction, String addressState) {
    DriverLicence d = Fixtures.licence();
    var a = d.address().value();
    return new DriverLicence(
        Fixtures.bar(jurisdiction),
        d.country(),
        d.iin(),
        d.aamvaVersion(),
        d.documentType(),
        d.licenseNumber(),
        d.name(),
        d.dateOfBirth(),
        d.issueDate(),
        d.expirationDate(),
        d.sex(),
        d.heightInches(),
        d.licenseClass(),
        d.endorsements(),
        d.restrictions(),
        Fixtures.bar(
            new DriverLicence.Address(a.street(), a.city(), addressState, a.postalCode())));
  }
}
