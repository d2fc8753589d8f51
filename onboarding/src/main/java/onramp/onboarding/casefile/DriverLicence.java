package onramp.onboarding.casefile;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import onramp.documents.Evidence;

/**
 * A driver licence as the decision sees it, whatever reader produced it (today the AAMVA barcode;
 * later other jurisdictions' readers). Every field carries its source and confidence.
 *
 * @param barcodeRepairs where the barcode's envelope (header, designators, separators) departed
 *     from the AAMVA standard and how it was read instead; empty for a well-formed payload. The
 *     data elements themselves are never repaired.
 */
public record DriverLicence(
    Evidence<String> jurisdiction,
    Evidence<String> country,
    Evidence<String> iin,
    Evidence<Integer> aamvaVersion,
    Evidence<String> documentType,
    Evidence<String> licenseNumber,
    PersonName name,
    Evidence<LocalDate> dateOfBirth,
    Optional<Evidence<LocalDate>> issueDate,
    Evidence<LocalDate> expirationDate,
    Evidence<String> sex,
    Optional<Evidence<Integer>> heightInches,
    Evidence<String> licenseClass,
    Evidence<String> endorsements,
    Evidence<String> restrictions,
    Evidence<Address> address,
    List<String> barcodeRepairs) {

  public DriverLicence {
    barcodeRepairs = List.copyOf(barcodeRepairs);
  }

  /** A licence read without envelope repairs. */
  public DriverLicence(
      Evidence<String> jurisdiction,
      Evidence<String> country,
      Evidence<String> iin,
      Evidence<Integer> aamvaVersion,
      Evidence<String> documentType,
      Evidence<String> licenseNumber,
      PersonName name,
      Evidence<LocalDate> dateOfBirth,
      Optional<Evidence<LocalDate>> issueDate,
      Evidence<LocalDate> expirationDate,
      Evidence<String> sex,
      Optional<Evidence<Integer>> heightInches,
      Evidence<String> licenseClass,
      Evidence<String> endorsements,
      Evidence<String> restrictions,
      Evidence<Address> address) {
    this(
        jurisdiction,
        country,
        iin,
        aamvaVersion,
        documentType,
        licenseNumber,
        name,
        dateOfBirth,
        issueDate,
        expirationDate,
        sex,
        heightInches,
        licenseClass,
        endorsements,
        restrictions,
        address,
        List.of());
  }

  /** Names as printed, with the barcode's truncation flags. */
  public record PersonName(
      Evidence<String> last,
      Evidence<String> first,
      Optional<Evidence<String>> middle,
      Optional<Evidence<String>> suffix,
      boolean lastTruncated,
      boolean firstTruncated,
      boolean middleTruncated) {}

  public record Address(String street, String city, String state, String postalCode) {}
}
