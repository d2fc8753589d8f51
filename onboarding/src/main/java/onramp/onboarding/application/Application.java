package onramp.onboarding.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** What the applicant typed at signup ({@code application.json}, DESIGN.md). */
public record Application(
    String firstName,
    Optional<String> middleName,
    String lastName,
    LocalDate dateOfBirth,
    Optional<String> email,
    Optional<String> phone,
    Address address,
    String licenseState,
    String licenseNumber,
    VehicleClass vehicleClass,
    LocalDate firstDayOfEmployment,
    Optional<Instant> submittedAt) {

  /** A postal address as typed at signup. */
  public record Address(String street, String city, String state, String postalCode) {}
}
