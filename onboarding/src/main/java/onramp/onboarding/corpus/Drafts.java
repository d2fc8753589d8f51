package onramp.onboarding.corpus;

import static onramp.documents.i9.I9Field.*;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;
import onramp.documents.aamva.AamvaLicence;
import onramp.documents.aamva.Address;
import onramp.documents.aamva.Country;
import onramp.documents.aamva.Height;
import onramp.documents.aamva.Sex;
import onramp.documents.aamva.Truncation;
import onramp.documents.synthetic.I9Content;
import onramp.onboarding.i9.BusinessDays;

/** Makes a consistent, valid application draft for a synthetic person. */
final class Drafts {
  static final DateTimeFormatter FORM_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy");

  /** AAMVA 2020 field length of family and given names (DCS, DAC, DAD). */
  static final int NAME_LENGTH = 40;

  private Drafts() {}

  static Draft baseline(Scenario scenario, RandomGenerator rnd, LocalDate today) {
    Jurisdictions.Jurisdiction home =
        scenario == Scenario.CANADIAN_LICENCE
            ? People.pick(rnd, Jurisdictions.CANADA)
            : Jurisdictions.random(rnd);
    LocalDate dob = today.minusYears(24 + rnd.nextInt(40)).minusDays(rnd.nextInt(365));
    Person p = People.next(rnd, home, dob);
    LocalDate issued = today.minusDays(365L * 3 + 60 + rnd.nextInt(365 * 4));
    if (issued.isBefore(dob.plusYears(16))) {
      issued = dob.plusYears(16).plusDays(rnd.nextInt(200));
    }
    LocalDate expires = today.plusDays(90 + rnd.nextInt(365 * 5));
    boolean minibus = rnd.nextInt(100) < 15;
    String last = People.printed(p.lastName());
    String first = People.printed(p.firstName());
    AamvaLicence.Builder b =
        AamvaLicence.builder()
            .jurisdiction(home.code())
            .aamvaVersion(People.pick(rnd, home.aamvaVersions()))
            .jurisdictionVersion(rnd.nextInt(3))
            .documentType("DL")
            .licenseNumber(home.licenceNumber(rnd))
            .lastName(truncate(last))
            .lastNameTruncation(
                last.length() > NAME_LENGTH ? Truncation.TRUNCATED : Truncation.NOT_TRUNCATED)
            .firstName(truncate(first))
            .firstNameTruncation(Truncation.NOT_TRUNCATED)
            .middleNameTruncation(Truncation.NOT_TRUNCATED)
            .dateOfBirth(dob)
            .issueDate(issued)
            .expirationDate(expires)
            .sex(
                switch (p.sex()) {
                  case 'M' -> Sex.MALE;
                  case 'F' -> Sex.FEMALE;
                  default -> Sex.NOT_SPECIFIED;
                })
            .height(Height.ofInches(p.heightInches()))
            .eyeColor(p.eyeColor())
            .address(
                new Address(
                    p.street().toUpperCase(Locale.ROOT),
                    Optional.empty(),
                    p.city(),
                    p.state(),
                    p.postalCode(),
                    home.canada() ? Country.CANADA : Country.USA))
            .licenseClass(licenceClass(home, minibus))
            .endorsements(minibus && !home.canada() ? "P" : "")
            .restrictions(rnd.nextInt(4) == 0 ? "B" : "")
            .documentDiscriminator(String.valueOf(1_000_000_000L + rnd.nextLong(8_999_999_999L)));
    p.middleName().ifPresent(m -> b.middleName(People.printed(m)));
    p.suffix().ifPresent(s -> b.suffix(s.toUpperCase(Locale.ROOT)));
    LocalDate firstDay = today.minusDays(6 + rnd.nextInt(20));
    Draft d =
        new Draft(
            scenario,
            p,
            home,
            b.build(),
            i9(p, b.build(), firstDay, rnd),
            Photos.random(rnd),
            Photos.random(rnd),
            firstDay);
    application(d, minibus);
    return d;
  }

  /**
   * A class that allows the vehicle: US class C (D in New York), B + P for minibuses; Ontario G/F,
   * BC 5/4.
   */
  private static String licenceClass(Jurisdictions.Jurisdiction home, boolean minibus) {
    return switch (home.code()) {
      case "ON" -> minibus ? "F" : "G";
      case "BC" -> minibus ? "4" : "5";
      case "NY" -> minibus ? "B" : "D";
      default -> minibus ? "B" : "C";
    };
  }

  static String truncate(String name) {
    return name.length() > NAME_LENGTH ? name.substring(0, NAME_LENGTH) : name;
  }

  static void application(Draft d, boolean minibus) {
    Person p = d.person;
    Map<String, Object> a = d.application;
    a.put("firstName", p.firstName());
    p.middleName().ifPresent(m -> a.put("middleName", m));
    a.put("lastName", p.lastName() + p.suffix().map(s -> " " + s).orElse(""));
    a.put("dateOfBirth", p.dateOfBirth().toString());
    a.put("email", p.email());
    a.put("phone", p.phone());
    a.put(
        "address",
        Map.of(
            "street",
            p.street(),
            "city",
            titleCase(p.city()),
            "state",
            p.state(),
            "postalCode",
            p.postalCode()));
    a.put("licenseState", d.home.code());
    a.put("licenseNumber", d.licence.licenseNumber());
    a.put("vehicleClass", minibus ? "MINIBUS" : "VAN");
    a.put("firstDayOfEmployment", d.firstDay.toString());
    a.put("submittedAt", d.firstDay.minusDays(10) + "T09:30:00Z");
  }

  /** A complete, compliant Form I-9 for the person, with the documents a driver typically shows. */
  static I9Content i9(Person p, AamvaLicence dl, LocalDate firstDay, RandomGenerator rnd) {
    LocalDate s1 = firstDay.minusDays(rnd.nextInt(6));
    LocalDate s2 = BusinessDays.plus(firstDay, rnd.nextInt(4));
    I9Content c =
        I9Content.empty()
            .with(LAST_NAME, People.ascii(p.lastName()).toUpperCase(Locale.ROOT))
            .with(FIRST_NAME, People.ascii(p.firstName()).toUpperCase(Locale.ROOT))
            .with(MIDDLE_INITIAL, p.middleName().map(m -> m.substring(0, 1)).orElse("N/A"))
            .with(OTHER_LAST_NAMES, "N/A")
            .with(STREET, p.street())
            .with(APT, "N/A")
            .with(CITY, titleCase(p.city()))
            .with(STATE, p.state())
            .with(ZIP, p.postalCode())
            .with(DATE_OF_BIRTH, FORM_DATE.format(p.dateOfBirth()))
            .with(SSN, p.ssn().replace("-", ""))
            .with(EMAIL, p.email())
            .with(PHONE, p.phone())
            .with(EMPLOYEE_SIGNATURE, People.ascii(p.firstName() + " " + p.lastName()))
            .with(EMPLOYEE_SIGNED_ON, FORM_DATE.format(s1))
            .with(FIRST_DAY_OF_EMPLOYMENT, FORM_DATE.format(firstDay))
            .with(EMPLOYER_NAME_AND_TITLE, "Rivera, Sam, Onboarding Specialist")
            .with(EMPLOYER_SIGNATURE, "Sam Rivera")
            .with(EMPLOYER_SIGNED_ON, FORM_DATE.format(s2))
            .with(BUSINESS_NAME, "Theoretical Ride Sharing Inc.")
            .with(BUSINESS_ADDRESS, "1 Example Plaza, Wilmington, DE 19801");
    int status = rnd.nextInt(20);
    if (status < 15) {
      c = c.checked(BOX_US_CITIZEN);
    } else if (status < 18) {
      c =
          c.checked(BOX_LAWFUL_PERMANENT_RESIDENT)
              .with(LPR_USCIS_OR_A_NUMBER, "A" + (100_000_000 + rnd.nextInt(899_999_999)));
    } else {
      c =
          c.checked(BOX_AUTHORIZED_ALIEN)
              .with(
                  WORK_AUTHORIZATION_EXPIRY,
                  FORM_DATE.format(firstDay.plusDays(400 + rnd.nextInt(900))))
              .with(ALIEN_USCIS_OR_A_NUMBER, "A" + (100_000_000 + rnd.nextInt(899_999_999)))
              .with(I94_NUMBER, "N/A")
              .with(FOREIGN_PASSPORT, "N/A");
    }
    boolean listA = status >= 15 || rnd.nextBoolean();
    if (listA) {
      String title =
          status < 15 ? "U.S. Passport" : status < 18 ? "Permanent Resident Card" : "Form I-766";
      String issuer = status < 15 ? "U.S. Department of State" : "USCIS";
      String number =
          status < 15
              ? String.valueOf(500_000_000 + rnd.nextInt(400_000_000))
              : "IOE" + (1_000_000_000L + rnd.nextLong(8_000_000_000L));
      return c.with(LIST_A_1_TITLE, title)
          .with(LIST_A_1_ISSUER, issuer)
          .with(LIST_A_1_NUMBER, number)
          .with(LIST_A_1_EXPIRY, FORM_DATE.format(s2.plusDays(300 + rnd.nextInt(2500))));
    }
    return withLicenceAsListB(c, dl)
        .with(LIST_C_TITLE, "Birth Certificate")
        .with(LIST_C_ISSUER, titleCase(p.city()) + " Vital Records")
        .with(LIST_C_NUMBER, "BC" + rnd.nextInt(9_999_999))
        .with(LIST_C_EXPIRY, "N/A");
  }

  static I9Content withLicenceAsListB(I9Content c, AamvaLicence dl) {
    return c.with(LIST_B_TITLE, "Driver's License")
        .with(LIST_B_ISSUER, dl.jurisdiction().name())
        .with(LIST_B_NUMBER, dl.licenseNumber())
        .with(LIST_B_EXPIRY, FORM_DATE.format(dl.expirationDate()));
  }

  static String titleCase(String s) {
    StringBuilder b = new StringBuilder();
    for (String w : s.toLowerCase(Locale.ROOT).split(" ", -1)) {
      if (!b.isEmpty()) {
        b.append(' ');
      }
      b.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
    }
    return b.toString();
  }
}
