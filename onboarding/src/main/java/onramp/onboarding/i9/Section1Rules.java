package onramp.onboarding.i9;

import static onramp.onboarding.decision.ReasonCode.I9_SECTION1_INCOMPLETE;
import static onramp.onboarding.decision.ReasonCode.I9_SECTION1_LATE;
import static onramp.onboarding.decision.ReasonCode.SSN_INVALID;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import onramp.documents.i9.Attestation;
import onramp.documents.i9.FieldValue;
import onramp.documents.i9.I9Form;
import onramp.documents.i9.Section1;
import onramp.documents.i9.Ssn;
import onramp.onboarding.decision.Reason;

/**
 * Section 1 of the Form I-9: complete, attestation consistent, SSN issuable, signed on time (Form
 * I-9 instructions, Section 1; M-274 §3.0 and §4.0).
 */
final class Section1Rules {
  /** A-Number: 7–9 digits, an optional "A" before them (M-274 §4.2). */
  private static final Pattern A_NUMBER = Pattern.compile("(?i)A?-?\\s*\\d{7,9}");

  /** USCIS number: 9 digits. */
  private static final Pattern USCIS_NUMBER = Pattern.compile("\\d{9}");

  /** Form I-94 admission number: 11 characters, letters and digits. */
  private static final Pattern I94 = Pattern.compile("[A-Za-z0-9]{11}");

  private Section1Rules() {}

  static List<Reason> check(I9Form form, LocalDate firstDay) {
    Section1 s = form.section1();
    List<Reason> reasons = new ArrayList<>();
    required(reasons, s.name().last(), "lastName", "last name");
    required(reasons, s.name().first(), "firstName", "first name");
    required(reasons, s.address().street(), "address.street", "street address");
    required(reasons, s.address().city(), "address.city", "city or town");
    required(reasons, s.address().state(), "address.state", "state");
    required(reasons, s.address().zip(), "address.zip", "ZIP code");
    date(reasons, s.dateOfBirth(), "dateOfBirth", "date of birth");
    attestation(reasons, s.attestation());
    if (!s.isSigned()) {
      reasons.add(
          I9Reasons.of(
              I9_SECTION1_INCOMPLETE,
              "section1Signature",
              "Section 1 is not signed by the employee."));
    }
    date(reasons, s.signedOn(), "section1SignedOn", "date of the employee's signature");
    s.signedOn()
        .date()
        .filter(d -> d.isAfter(firstDay))
        .ifPresent(
            d ->
                reasons.add(
                    I9Reasons.of(
                        I9_SECTION1_LATE,
                        "section1SignedOn",
                        "Section 1 was signed on "
                            + d
                            + ", after the first day of employment ("
                            + firstDay
                            + "); it must be completed no later than the first day.")));
    ssn(s.ssn()).ifPresent(reasons::add);
    return reasons;
  }

  private static void attestation(List<Reason> reasons, Attestation a) {
    int checked = a.checked().size();
    if (checked != 1) {
      reasons.add(
          I9Reasons.of(
              I9_SECTION1_INCOMPLETE,
              "citizenship",
              checked == 0
                  ? "No citizenship or immigration status box is checked in Section 1; exactly one must be."
                  : checked
                      + " citizenship or immigration status boxes are checked in Section 1; exactly one must be."));
      return;
    }
    switch (a.citizenship().orElseThrow()) {
      case US_CITIZEN, NONCITIZEN_NATIONAL -> {}
      case LAWFUL_PERMANENT_RESIDENT -> {
        if (!a.lprUscisOrANumber().isPresent()) {
          reasons.add(
              I9Reasons.of(
                  I9_SECTION1_INCOMPLETE,
                  "uscisOrANumber",
                  "Box 3 (lawful permanent resident) needs the USCIS or A-Number."));
        } else if (!isANumberOrUscis(a.lprUscisOrANumber().text())) {
          reasons.add(
              I9Reasons.of(
                  I9_SECTION1_INCOMPLETE,
                  "uscisOrANumber",
                  "The USCIS or A-Number in box 3 is not well formed (A-Number: 7–9 digits; USCIS number: 9 digits)."));
        }
      }
      case AUTHORIZED_ALIEN -> alien(reasons, a);
    }
  }

  private static void alien(List<Reason> reasons, Attestation a) {
    FieldValue expiry = a.workAuthorizationExpiry();
    if (expiry.isBlank()) {
      reasons.add(
          I9Reasons.of(
              I9_SECTION1_INCOMPLETE,
              "workAuthorizationExpiry",
              "Box 4 (authorized to work) needs the work authorization expiration date, or N/A if it has none."));
    } else if (expiry.isMalformedDate()) {
      reasons.add(
          I9Reasons.of(
              I9_SECTION1_INCOMPLETE,
              "workAuthorizationExpiry",
              "The work authorization expiration date \"" + expiry.text() + "\" is not a date."));
    }
    boolean aNumber = a.uscisOrANumber().isPresent();
    boolean i94 = a.i94Number().isPresent();
    boolean passport = a.foreignPassport().isPresent();
    if (!aNumber && !i94 && !passport) {
      reasons.add(
          I9Reasons.of(
              I9_SECTION1_INCOMPLETE,
              "uscisOrANumber",
              "Box 4 needs one of: USCIS/A-Number, Form I-94 admission number, or foreign passport number and country."));
    }
    if (aNumber && !isANumberOrUscis(a.uscisOrANumber().text())) {
      reasons.add(
          I9Reasons.of(
              I9_SECTION1_INCOMPLETE,
              "uscisOrANumber",
              "The USCIS/A-Number in box 4 is not well formed (A-Number: 7–9 digits; USCIS number: 9 digits)."));
    }
    if (i94 && !I94.matcher(a.i94Number().text().replace(" ", "")).matches()) {
      reasons.add(
          I9Reasons.of(
              I9_SECTION1_INCOMPLETE,
              "i94Number",
              "The Form I-94 admission number must have 11 characters."));
    }
    if (passport && a.foreignPassportCountry().isEmpty()) {
      reasons.add(
          I9Reasons.of(
              I9_SECTION1_INCOMPLETE,
              "foreignPassport",
              "Box 4's foreign passport entry needs both the passport number and the country of issuance."));
    }
  }

  private static boolean isANumberOrUscis(String text) {
    String t = text.replace(" ", "");
    return A_NUMBER.matcher(t).matches() || USCIS_NUMBER.matcher(t).matches();
  }

  private static Optional<Reason> ssn(Ssn ssn) {
    if (ssn.isBlank()) {
      return Optional.empty();
    }
    if (!ssn.isWellFormed()) {
      return Optional.of(
          I9Reasons.of(
              SSN_INVALID, "ssn", "The Social Security number in Section 1 is not 9 digits."));
    }
    String digits =
        ssn.area().orElseThrow() + ssn.group().orElseThrow() + ssn.serial().orElseThrow();
    return SsnRules.problem(digits)
        .map(
            p ->
                I9Reasons.of(
                    SSN_INVALID,
                    "ssn",
                    "The Social Security number in Section 1 cannot be valid: " + p + "."));
  }

  static void required(List<Reason> reasons, FieldValue value, String field, String label) {
    if (!value.isPresent()) {
      reasons.add(
          I9Reasons.of(I9_SECTION1_INCOMPLETE, field, "Section 1 lacks the " + label + "."));
    }
  }

  private static void date(List<Reason> reasons, FieldValue value, String field, String label) {
    if (!value.isPresent()) {
      reasons.add(
          I9Reasons.of(I9_SECTION1_INCOMPLETE, field, "Section 1 lacks the " + label + "."));
    } else if (value.isMalformedDate()) {
      reasons.add(
          I9Reasons.of(
              I9_SECTION1_INCOMPLETE,
              field,
              "The " + label + " in Section 1, \"" + value.text() + "\", is not a date."));
    }
  }
}
