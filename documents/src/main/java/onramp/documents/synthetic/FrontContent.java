package onramp.documents.synthetic;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What a licence front says, before it is printed. Names and codes are upper case as printed.
 *
 * @param jurisdictionCode two-letter code, e.g. {@code VA}
 * @param jurisdictionName as in the card header, e.g. {@code VIRGINIA}
 * @param sex M, F or X
 * @param heightInches total inches, printed as {@code 5'-09"}
 * @param eyeColor an AAMVA code such as {@code BRO} or {@code BLU}
 * @param endorsements as printed, {@code NONE} when there are none
 * @param restrictions as printed, {@code NONE} when there are none
 */
public record FrontContent(
    String jurisdictionCode,
    String jurisdictionName,
    String licenceNumber,
    String lastName,
    String firstName,
    Optional<String> middleName,
    Optional<String> suffix,
    LocalDate dateOfBirth,
    LocalDate issueDate,
    LocalDate expirationDate,
    String sex,
    int heightInches,
    String eyeColor,
    String street,
    String city,
    String state,
    String postalCode,
    String licenseClass,
    String endorsements,
    String restrictions) {

  public FrontContent {
    Objects.requireNonNull(middleName, "middleName (use Optional.empty())");
    Objects.requireNonNull(suffix, "suffix (use Optional.empty())");
    if (!sex.matches("[MFX]")) {
      throw new IllegalArgumentException("sex must be M, F or X, was " + sex);
    }
    if (heightInches < 36 || heightInches > 108) {
      throw new IllegalArgumentException("heightInches must be 36..108, was " + heightInches);
    }
  }

  /** The first name line as printed: first and middle names. */
  String givenNamesLine() {
    return middleName.map(m -> firstName + " " + m).orElse(firstName);
  }

  /** The family name line as printed: last name and suffix. */
  String familyNameLine() {
    return suffix.map(s -> lastName + " " + s).orElse(lastName);
  }

  String cityStateZipLine() {
    return city + ", " + state + " " + postalCode;
  }
}
