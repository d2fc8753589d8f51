package onramp.onboarding.corpus;

import static onramp.documents.i9.I9Field.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.random.RandomGenerator;
import onramp.documents.synthetic.Camera;
import onramp.documents.synthetic.FrontContent;
import onramp.documents.synthetic.I9Content;
import onramp.onboarding.Outcome;
import onramp.onboarding.decision.ReasonCode;
import onramp.onboarding.decision.Severity;
import onramp.onboarding.i9.BusinessDays;

/** Turns a valid draft into its scenario: one thing wrong, or one thing hard. */
final class Scenarios {
  private Scenarios() {}

  static void apply(Draft d, RandomGenerator rnd, LocalDate today) {
    if (d.scenario == Scenario.MULTIPLE_PROBLEMS) {
      multipleProblems(d, rnd, today);
    } else {
      apply(d.scenario, d, rnd, today);
    }
  }

  private static void apply(Scenario scenario, Draft d, RandomGenerator rnd, LocalDate today) {
    switch (scenario) {
      case CLEAN -> {}
      case CANADIAN_LICENCE -> d.i9 = java.util.Optional.empty(); // no Form I-9 outside the US
      case NAME_VARIANTS -> nameVariants(d, rnd);
      case SCANNED_I9 -> d.i9Mode = rnd.nextBoolean() ? Draft.I9Mode.PAGES : Draft.I9Mode.FLATTENED;
      case RECEIPT ->
          d.i9 =
              d.i9.map(
                  c ->
                      noListA(c)
                          .with(LIST_B_TITLE, "Receipt for replacement of lost driver's license")
                          .with(LIST_B_ISSUER, d.licence.jurisdiction().name())
                          .with(LIST_B_NUMBER, "R" + rnd.nextInt(99_999_999))
                          .with(LIST_B_EXPIRY, "N/A")
                          .with(LIST_C_TITLE, "Birth Certificate")
                          .with(LIST_C_ISSUER, "Vital Records")
                          .with(LIST_C_NUMBER, "BC" + rnd.nextInt(9_999_999))
                          .with(LIST_C_EXPIRY, "N/A"));
      case REISSUED_LICENCE ->
          d.licence =
              d.licence.toBuilder().issueDate(today.minusDays(20 + rnd.nextInt(300))).build();
      case EXPIRED_LICENCE -> expire(d, rnd, today);
      case UNDERAGE ->
          ageTo(d, today.minusYears(19).minusMonths(6).minusDays(rnd.nextInt(500)), true);
      case LITTLE_EXPERIENCE -> {
        ageTo(d, today.minusYears(21).minusDays(60 + rnd.nextInt(500)), false);
        d.licence =
            d.licence.toBuilder().issueDate(today.minusDays(200 + rnd.nextInt(500))).build();
      }
      case CLASS_INSUFFICIENT -> {
        d.application.put("vehicleClass", "MINIBUS");
        d.licence = d.licence.toBuilder().licenseClass("C").endorsements("").build();
      }
      case FRONT_BACK_MISMATCH -> {
        // The barcode was edited to make the holder older, or the licence valid for longer.
        boolean olderHolder = rnd.nextBoolean();
        d.front =
            f ->
                new FrontContent(
                    f.jurisdictionCode(),
                    f.jurisdictionName(),
                    f.licenceNumber(),
                    f.lastName(),
                    f.firstName(),
                    f.middleName(),
                    f.suffix(),
                    olderHolder ? f.dateOfBirth().plusYears(3) : f.dateOfBirth(),
                    f.issueDate(),
                    olderHolder ? f.expirationDate() : f.expirationDate().minusYears(2),
                    f.sex(),
                    f.heightInches(),
                    f.eyeColor(),
                    f.street(),
                    f.city(),
                    f.state(),
                    f.postalCode(),
                    f.licenseClass(),
                    f.endorsements(),
                    f.restrictions());
      }
      case TAMPERED_BARCODE -> d.payload = p -> p.replaceFirst("\nDBB\\d{8}", "");
      case JURISDICTION_MISMATCH ->
          d.application.put("licenseState", Jurisdictions.other(rnd, d.home).code());
      case IDENTITY_MISMATCH ->
          d.application.put(
              "lastName",
              People.pick(
                  rnd,
                  java.util.List.of("Hawthorne", "Lindqvist", "Moreau", "Zielinski", "Abernathy")));
      case SECTION1_LATE ->
          d.i9 =
              d.i9.map(
                  c ->
                      c.with(
                          EMPLOYEE_SIGNED_ON,
                          Drafts.FORM_DATE.format(d.firstDay.plusDays(1 + rnd.nextInt(4)))));
      case SECTION1_INCOMPLETE ->
          d.i9 =
              d.i9.map(
                  c ->
                      rnd.nextBoolean()
                          ? c.without(EMPLOYEE_SIGNATURE)
                          : c.without(BOX_US_CITIZEN)
                              .without(BOX_LAWFUL_PERMANENT_RESIDENT)
                              .without(BOX_AUTHORIZED_ALIEN));
      case SECTION2_LATE -> {
        d.firstDay = today.minusDays(30);
        d.application.put("firstDayOfEmployment", d.firstDay.toString());
        LocalDate late = BusinessDays.plus(d.firstDay, 4 + rnd.nextInt(8));
        d.i9 =
            d.i9.map(
                c ->
                    c.with(FIRST_DAY_OF_EMPLOYMENT, Drafts.FORM_DATE.format(d.firstDay))
                        .with(EMPLOYEE_SIGNED_ON, Drafts.FORM_DATE.format(d.firstDay.minusDays(1)))
                        .with(EMPLOYER_SIGNED_ON, Drafts.FORM_DATE.format(late)));
      }
      case INVALID_DOCUMENT_COMBINATION ->
          d.i9 =
              d.i9.map(
                  c ->
                      rnd.nextBoolean()
                          ? Drafts.withLicenceAsListB(noListA(c), d.licence)
                          : noListA(c)
                              .with(LIST_C_TITLE, "Social Security Card")
                              .with(LIST_C_ISSUER, "SSA")
                              .with(LIST_C_NUMBER, "N/A")
                              .with(LIST_C_EXPIRY, "N/A"));
      case DOCUMENT_EXPIRED ->
          d.i9 =
              d.i9.map(
                  c ->
                      passportOnly(c, rnd, today)
                          .with(
                              LIST_A_1_EXPIRY,
                              Drafts.FORM_DATE.format(d.firstDay.minusDays(5 + rnd.nextInt(300)))));
      case SSN_INVALID ->
          d.i9 =
              d.i9.map(
                  c ->
                      c.with(
                          SSN,
                          People.pick(rnd, java.util.List.of("000", "666", "912", "987"))
                              + String.format(
                                  "%02d%04d", 1 + rnd.nextInt(98), 1 + rnd.nextInt(9998))));
      case I9_MISSING -> d.i9 = java.util.Optional.empty();
      case UNREADABLE_BARCODE -> {
        d.backCamera =
            new Camera(
                rnd.nextDouble(-8, 8),
                0.1,
                3.5,
                20,
                0.5,
                40,
                0.14 + rnd.nextDouble(0.03),
                rnd.nextLong());
        d.backSeverity = onramp.documents.synthetic.Severity.UNREADABLE;
        d.backMargin = 0;
      }
      case CORRUPT_IMAGE -> d.corruptBack = true;
      case PHOTOGRAPHED_I9 -> d.i9Mode = Draft.I9Mode.PHOTOGRAPHED;
      case SWAPPED_BARCODE -> swappedFront(d, rnd, today);
      case BARCODE_AGED -> {
        LocalDate trueDob = today.minusYears(19).minusDays(rnd.nextInt(700));
        LocalDate claimed = trueDob.minusYears(7 + rnd.nextInt(3));
        // Barcode, signup and I-9 all carry the older date; the card was first issued at 16 by the
        // true date, so the barcode's own dates raise nothing (licensed for more than the 1 year
        // the claimed age needs).
        ageTo(d, claimed, false);
        d.licence =
            d.licence.toBuilder()
                .issueDate(trueDob.plusYears(16).plusDays(30 + rnd.nextInt(300)))
                .build();
        d.front = f -> front(f, trueDob, f.expirationDate());
      }
      case FRONT_EXPIRY_EDITED -> {
        expire(d, rnd, today);
        LocalDate shown = d.licence.expirationDate().plusYears(4 + rnd.nextInt(3));
        d.front = f -> front(f, f.dateOfBirth(), shown);
      }
      case MULTIPLE_PROBLEMS ->
          throw new IllegalArgumentException("a mix is made of single problems");
    }
  }

  /**
   * Two or three problems that do not interfere with each other, applied one after the other. The
   * decision is the most severe of their reasons' (REJECT before REVIEW), and every reason counts.
   */
  private static void multipleProblems(Draft d, RandomGenerator rnd, LocalDate today) {
    List<Scenario> parts =
        switch (rnd.nextInt(5)) {
          case 0 -> List.of(Scenario.EXPIRED_LICENCE, Scenario.SECTION1_LATE);
          case 1 -> List.of(Scenario.UNDERAGE, Scenario.INVALID_DOCUMENT_COMBINATION);
          case 2 -> List.of(Scenario.CLASS_INSUFFICIENT, Scenario.SSN_INVALID);
          case 3 -> List.of(Scenario.EXPIRED_LICENCE, Scenario.SSN_INVALID, Scenario.SECTION1_LATE);
          default -> List.of(Scenario.JURISDICTION_MISMATCH, Scenario.SECTION2_LATE);
        };
    List<ReasonCode> codes = new ArrayList<>();
    for (Scenario s : parts) {
      apply(s, d, rnd, today);
      s.codes().stream().filter(c -> !codes.contains(c)).forEach(codes::add);
    }
    d.codes = codes;
    d.expected =
        codes.stream().anyMatch(c -> c.severity() == Severity.REJECT)
            ? Outcome.REJECTED
            : codes.stream().anyMatch(c -> c.severity() == Severity.REVIEW)
                ? Outcome.NEEDS_REVIEW
                : Outcome.APPROVED;
  }

  private static void expire(Draft d, RandomGenerator rnd, LocalDate today) {
    LocalDate expired = today.minusDays(1 + rnd.nextInt(400));
    d.licence =
        d.licence.toBuilder().expirationDate(expired).issueDate(expired.minusYears(8)).build();
    d.i9 = d.i9.map(c -> passportOnly(c, rnd, today));
  }

  /**
   * The front of another synthetic person's licence from the same issuer (a different surname, date
   * of birth and number); the barcode, the signup and the I-9 stay the applicant's.
   */
  private static void swappedFront(Draft d, RandomGenerator rnd, LocalDate today) {
    Person other;
    do {
      other =
          People.next(
              rnd, d.home, today.minusYears(24 + rnd.nextInt(40)).minusDays(rnd.nextInt(365)));
    } while (People.printed(other.lastName()).equals(d.licence.lastName())
        || other.dateOfBirth().equals(d.licence.dateOfBirth()));
    Person o = other;
    String number = d.home.licenceNumber(rnd);
    LocalDate issued = today.minusDays(365L * 2 + rnd.nextInt(365 * 5));
    if (issued.isBefore(o.dateOfBirth().plusYears(16))) {
      issued = o.dateOfBirth().plusYears(16).plusDays(rnd.nextInt(200));
    }
    LocalDate issuedOn = issued;
    LocalDate expires = today.plusDays(120 + rnd.nextInt(365 * 5));
    d.front =
        f ->
            new FrontContent(
                f.jurisdictionCode(),
                f.jurisdictionName(),
                number,
                Drafts.truncate(People.printed(o.lastName())),
                Drafts.truncate(People.printed(o.firstName())),
                o.middleName().map(People::printed),
                o.suffix().map(s -> s.toUpperCase(Locale.ROOT)),
                o.dateOfBirth(),
                issuedOn,
                expires,
                String.valueOf(o.sex()),
                o.heightInches(),
                o.eyeColor(),
                o.street().toUpperCase(Locale.ROOT),
                o.city(),
                o.state(),
                o.postalCode(),
                f.licenseClass(),
                f.endorsements(),
                f.restrictions());
  }

  /** The same front with another date of birth or expiry printed. */
  private static FrontContent front(FrontContent f, LocalDate dob, LocalDate expiry) {
    return new FrontContent(
        f.jurisdictionCode(),
        f.jurisdictionName(),
        f.licenceNumber(),
        f.lastName(),
        f.firstName(),
        f.middleName(),
        f.suffix(),
        dob,
        f.issueDate(),
        expiry,
        f.sex(),
        f.heightInches(),
        f.eyeColor(),
        f.street(),
        f.city(),
        f.state(),
        f.postalCode(),
        f.licenseClass(),
        f.endorsements(),
        f.restrictions());
  }

  private static void nameVariants(Draft d, RandomGenerator rnd) {
    var a = d.application;
    switch (rnd.nextInt(4)) {
      case 0 -> a.put("firstName", "  " + text(a, "firstName").toLowerCase(Locale.ROOT) + " ");
      case 1 ->
          d.person
              .middleName()
              .ifPresentOrElse(
                  m -> a.put("middleName", m.charAt(0) + "."),
                  () -> a.put("lastName", text(a, "lastName").toUpperCase(Locale.ROOT)));
      case 2 -> a.remove("middleName");
      default -> a.put("lastName", People.ascii(text(a, "lastName")).replace("-", " "));
    }
  }

  /** A field every draft's signup data has (the drafts write them all). */
  private static String text(Map<String, Object> signup, String key) {
    return (String) Objects.requireNonNull(signup.get(key), key);
  }

  private static void ageTo(Draft d, LocalDate dob, boolean licensedAtSixteen) {
    var b = d.licence.toBuilder().dateOfBirth(dob);
    if (licensedAtSixteen) {
      b.issueDate(dob.plusYears(16).plusDays(10));
    }
    d.licence = b.build();
    d.application.put("dateOfBirth", dob.toString());
    d.i9 = d.i9.map(c -> c.with(DATE_OF_BIRTH, Drafts.FORM_DATE.format(dob)));
  }

  private static I9Content noListA(I9Content c) {
    return c.without(LIST_A_1_TITLE)
        .without(LIST_A_1_ISSUER)
        .without(LIST_A_1_NUMBER)
        .without(LIST_A_1_EXPIRY)
        .without(LIST_B_TITLE)
        .without(LIST_B_ISSUER)
        .without(LIST_B_NUMBER)
        .without(LIST_B_EXPIRY)
        .without(LIST_C_TITLE)
        .without(LIST_C_ISSUER)
        .without(LIST_C_NUMBER)
        .without(LIST_C_EXPIRY);
  }

  private static I9Content passportOnly(I9Content c, RandomGenerator rnd, LocalDate today) {
    return noListA(c)
        .checked(BOX_US_CITIZEN)
        .without(BOX_LAWFUL_PERMANENT_RESIDENT)
        .without(BOX_AUTHORIZED_ALIEN)
        .without(LPR_USCIS_OR_A_NUMBER)
        .without(WORK_AUTHORIZATION_EXPIRY)
        .without(ALIEN_USCIS_OR_A_NUMBER)
        .without(I94_NUMBER)
        .without(FOREIGN_PASSPORT)
        .with(LIST_A_1_TITLE, "U.S. Passport")
        .with(LIST_A_1_ISSUER, "U.S. Department of State")
        .with(LIST_A_1_NUMBER, String.valueOf(500_000_000 + rnd.nextInt(400_000_000)))
        .with(LIST_A_1_EXPIRY, Drafts.FORM_DATE.format(today.plusDays(400 + rnd.nextInt(2000))));
  }
}
