package onramp.testsupport;

import static onramp.documents.i9.I9Field.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import onramp.app.apply.SignUp;
import onramp.documents.aamva.AamvaEncoder;
import onramp.documents.aamva.AamvaLicence;
import onramp.documents.aamva.Address;
import onramp.documents.aamva.Country;
import onramp.documents.aamva.Height;
import onramp.documents.aamva.Sex;
import onramp.documents.image.ImageBytes;
import onramp.documents.synthetic.BackStyle;
import onramp.documents.synthetic.FillOptions;
import onramp.documents.synthetic.FrontContent;
import onramp.documents.synthetic.FrontStyle;
import onramp.documents.synthetic.I9Content;
import onramp.documents.synthetic.I9Filler;
import onramp.documents.synthetic.LicenceBackRenderer;
import onramp.documents.synthetic.LicenceFrontRenderer;

/**
 * A made-up applicant (Jordan Avery Quinn, Virginia; SSN in the area 773-899, never assigned by the
 * SSA) whose signup, licence front and back and Form I-9 agree, dated relative to {@code today}.
 * The documents are rendered by the synthetic renderers of the documents module.
 */
public record SyntheticApplicant(SignUp signUp, byte[] front, byte[] back, byte[] i9) {
  public static final String FIRST = "Jordan";
  public static final String LAST = "Quinn";
  public static final String SSN_NUMBER = "812-45-6789";
  private static final DateTimeFormatter US = DateTimeFormatter.ofPattern("MM/dd/yyyy");
  private static final LocalDate BORN = LocalDate.of(1990, 4, 18);
  private static final String NUMBER = "A64235789";

  /** Everything in order: the verifier approves. */
  public static SyntheticApplicant valid(LocalDate today) {
    return of(today, today.plusYears(3), NUMBER, BORN);
  }

  /**
   * The front prints another date of birth than the barcode (a swapped or altered card):
   * NEEDS_REVIEW.
   */
  public static SyntheticApplicant needsReview(LocalDate today) {
    return of(today, today.plusYears(3), NUMBER, BORN.minusYears(3));
  }

  /** The licence expired last month: the verifier rejects (DL_EXPIRED). */
  public static SyntheticApplicant expiredLicence(LocalDate today) {
    return of(today, today.minusMonths(1), NUMBER, BORN);
  }

  /**
   * An Ontario licence in order: the Canadian policy asks for no Form I-9 ({@link #i9} is empty).
   */
  public static SyntheticApplicant ontario(LocalDate today) {
    LocalDate expires = today.plusYears(3);
    LocalDate issued = expires.minusYears(5);
    String number = "Q4823-60517-90418";
    SignUp signUp = signUp("Toronto", "ON", "M5V 2T6", number, today.minusDays(1));
    Card card =
        Card.of(
            new Home("ON", "ONTARIO", "TORONTO", "M5V 2T6", Country.CANADA, "G", Optional.empty()),
            number,
            issued,
            expires,
            BORN);
    return new SyntheticApplicant(signUp, card.front(), card.back(), new byte[0]);
  }

  /** Jordan Quinn's sign-up form, living in {@code city} with a licence of the same state. */
  private static SignUp signUp(
      String city, String state, String postalCode, String number, LocalDate firstDay) {
    return new SignUp(
        FIRST,
        "Avery",
        LAST,
        BORN.toString(),
        "jordan.quinn@example.com",
        "+1 555 010 0199",
        "100 Example Way",
        city,
        state,
        postalCode,
        state,
        number,
        "VAN",
        firstDay.toString());
  }

  private static SyntheticApplicant of(
      LocalDate today, LocalDate expires, String number, LocalDate printedBirth) {
    LocalDate issued = expires.minusYears(8);
    LocalDate firstDay = today.minusDays(1);
    SignUp signUp = signUp("Richmond", "VA", "23219", number, firstDay);
    Card card =
        Card.of(
            new Home(
                "VA",
                "VIRGINIA",
                "RICHMOND",
                "23219",
                Country.USA,
                "D",
                Optional.of("20190606_000001")),
            number,
            issued,
            expires,
            printedBirth);
    I9Content form =
        I9Content.empty()
            .with(LAST_NAME, "Quinn")
            .with(FIRST_NAME, "Jordan")
            .with(MIDDLE_INITIAL, "A")
            .with(OTHER_LAST_NAMES, "N/A")
            .with(STREET, "100 Example Way")
            .with(CITY, "Richmond")
            .with(STATE, "VA")
            .with(ZIP, "23219")
            .with(DATE_OF_BIRTH, BORN.format(US))
            .with(SSN, SSN_NUMBER)
            .with(EMAIL, "jordan.quinn@example.com")
            .with(PHONE, "555-010-0199")
            .checked(BOX_US_CITIZEN)
            .with(EMPLOYEE_SIGNATURE, "Jordan A Quinn")
            .with(EMPLOYEE_SIGNED_ON, firstDay.minusDays(3).format(US))
            .with(LIST_B_TITLE, "Driver's License")
            .with(LIST_B_ISSUER, "VA DMV")
            .with(LIST_B_NUMBER, number)
            .with(LIST_B_EXPIRY, expires.format(US))
            .with(LIST_C_TITLE, "Social Security Card")
            .with(LIST_C_ISSUER, "SSA")
            .with(LIST_C_NUMBER, "812456789")
            .with(LIST_C_EXPIRY, "N/A")
            .with(FIRST_DAY_OF_EMPLOYMENT, firstDay.format(US))
            .with(EMPLOYER_NAME_AND_TITLE, "Chen, David, HR Manager")
            .with(EMPLOYER_SIGNATURE, "David Chen")
            .with(EMPLOYER_SIGNED_ON, firstDay.format(US))
            .with(BUSINESS_NAME, "Theoretical Ride Sharing Inc")
            .with(BUSINESS_ADDRESS, "500 Market Street, San Francisco, CA 94105");
    return new SyntheticApplicant(
        signUp, card.front(), card.back(), I9Filler.fill(form, FillOptions.fillable()));
  }

  /**
   * Where the licence was issued: the jurisdiction, the holder's city there and the class for a
   * van.
   */
  private record Home(
      String code,
      String name,
      String city,
      String postalCode,
      Country country,
      String licenceClass,
      Optional<String> auditInformation) {}

  /**
   * The licence photographed flat: the barcode on the back, the front printing {@code
   * printedBirth}.
   */
  private record Card(byte[] front, byte[] back) {
    static Card of(
        Home home, String number, LocalDate issued, LocalDate expires, LocalDate printedBirth) {
      AamvaLicence.Builder builder =
          AamvaLicence.builder()
              .jurisdiction(home.code())
              .licenseNumber(number)
              .lastName("QUINN")
              .firstName("JORDAN")
              .middleName("AVERY")
              .dateOfBirth(BORN)
              .issueDate(issued)
              .expirationDate(expires)
              .sex(Sex.MALE)
              .height(Height.ofInches(70))
              .eyeColor("BRO")
              .address(
                  new Address(
                      "100 EXAMPLE WAY",
                      Optional.empty(),
                      home.city(),
                      home.code(),
                      home.postalCode(),
                      home.country()))
              .licenseClass(home.licenceClass())
              .restrictions("NONE")
              .endorsements("NONE")
              .documentDiscriminator("2424244747474786102204");
      home.auditInformation().ifPresent(builder::auditInformation);
      String payload = AamvaEncoder.encode(builder.build());
      byte[] back =
          ImageBytes.toPng(
              LicenceBackRenderer.render(
                  payload, LicenceBackRenderer.fitted(payload, BackStyle.standard())));
      FrontContent content =
          new FrontContent(
              home.code(),
              home.name(),
              number,
              "QUINN",
              "JORDAN",
              Optional.of("AVERY"),
              Optional.empty(),
              printedBirth,
              issued,
              expires,
              "M",
              70,
              "BRO",
              "100 EXAMPLE WAY",
              home.city(),
              home.code(),
              home.postalCode(),
              home.licenceClass(),
              "NONE",
              "NONE");
      return new Card(
          ImageBytes.toPng(LicenceFrontRenderer.render(content, FrontStyle.standard())), back);
    }
  }

  /** Writes the documents (two or three) into {@code dir} under their application-folder names. */
  public Path writeTo(Path dir) {
    try {
      Files.createDirectories(dir);
      Files.write(dir.resolve("dl-front.png"), front);
      Files.write(dir.resolve("dl-back.png"), back);
      if (i9.length > 0) {
        Files.write(dir.resolve("i9.pdf"), i9);
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
