package onramp.onboarding.i9;

import static onramp.onboarding.decision.ReasonCode.EXTRACTION_LOW_CONFIDENCE;
import static onramp.onboarding.decision.ReasonCode.I9_DL_MISMATCH;
import static onramp.onboarding.decision.ReasonCode.I9_EDITION_UNKNOWN;
import static onramp.onboarding.decision.ReasonCode.I9_MISSING;
import static onramp.onboarding.decision.ReasonCode.I9_WRONG_EDITION;
import static onramp.onboarding.decision.ReasonCode.IDENTITY_MISMATCH;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import onramp.documents.Source;
import onramp.documents.i9.DocumentEntry;
import onramp.documents.i9.Edition;
import onramp.documents.i9.FieldValue;
import onramp.documents.i9.I9Field;
import onramp.documents.i9.I9Form;
import onramp.onboarding.casefile.CaseFile;
import onramp.onboarding.casefile.DriverLicence;
import onramp.onboarding.casefile.Rule;
import onramp.onboarding.decision.Reason;
import onramp.onboarding.decision.Severity;
import onramp.onboarding.identity.Names;
import onramp.onboarding.licence.LicenceRules;

/**
 * Every Form I-9 rule, and the I-9's agreement with the licence and the signup, where the
 * jurisdiction's policy requires the form (the US; not Canada). A form read by OCR never rejects on
 * its own: its REJECT reasons become REVIEW, since a misread digit must not turn an applicant away.
 */
public final class I9Rules implements Rule {
  @Override
  public List<Reason> check(CaseFile f) {
    if (f.policy().isPresent() && !f.policy().get().requiresFormI9()) {
      return List.of();
    }
    if (f.i9().isEmpty()) {
      return f.i9Problems().isEmpty()
          ? List.of(
              I9Reasons.of(I9_MISSING, "i9", "No Form I-9 (i9.pdf or i9-page1.png…) was supplied."))
          : List.of();
    }
    I9Form form = f.i9().get();
    List<Reason> reasons = new ArrayList<>();
    if (form.wrongEdition()) {
      // The employer must complete the current edition; the content of a superseded one (an XFA
      // form of 10/21/19 or 07/17/17 may hold no readable field at all) is not checked further.
      reasons.add(
          I9Reasons.of(
              I9_WRONG_EDITION,
              "edition",
              "This is the "
                  + form.edition().printed()
                  + " edition of Form I-9, which USCIS no longer accepts; use the current edition "
                  + Edition.CURRENT
                  + " from uscis.gov/i-9."));
      return reasons;
    } else if (form.edition().basis() == Edition.Basis.UNKNOWN) {
      reasons.add(
          I9Reasons.of(
              I9_EDITION_UNKNOWN,
              "edition",
              "The Form I-9 edition could not be recognised; a reviewer confirms it is "
                  + Edition.CURRENT
                  + "."));
    }
    LocalDate firstDay =
        form.section2()
            .firstDayOfEmployment()
            .date()
            .orElse(f.application().firstDayOfEmployment());
    reasons.addAll(Section1Rules.check(form, firstDay));
    reasons.addAll(Section2Rules.check(form.section2(), firstDay));
    reasons.addAll(identity(form, f));
    f.licence().ifPresent(dl -> reasons.addAll(licenceMatches(form, dl)));
    List<I9Field> unsure = LowConfidence.decisive(form, f);
    if (!unsure.isEmpty()) {
      reasons.add(
          I9Reasons.of(
              EXTRACTION_LOW_CONFIDENCE,
              "i9",
              "These Form I-9 fields could not be read"
                  + " confidently: "
                  + String.join(", ", unsure.stream().map(I9Field::label).toList())
                  + "."));
    }
    if (form.source() != Source.FORM_FIELD) {
      return reasons.stream()
          .map(r -> r.severity() == Severity.REJECT ? r.withSeverity(Severity.REVIEW) : r)
          .toList();
    }
    return reasons;
  }

  private static List<Reason> identity(I9Form form, CaseFile f) {
    List<Reason> reasons = new ArrayList<>();
    var name = form.section1().name();
    if (name.last().isPresent()
        && !name.last().isLowConfidence()
        && !sameName(f.application().lastName(), name.last(), form)) {
      reasons.add(
          I9Reasons.of(
              IDENTITY_MISMATCH,
              "lastName",
              "The I-9 last name ("
                  + name.last().text()
                  + ") differs from the signup ("
                  + f.application().lastName()
                  + ")."));
    }
    if (name.first().isPresent()
        && !name.first().isLowConfidence()
        && !sameName(f.application().firstName(), name.first(), form)) {
      reasons.add(
          I9Reasons.of(
              IDENTITY_MISMATCH,
              "firstName",
              "The I-9 first name ("
                  + name.first().text()
                  + ") differs from the signup ("
                  + f.application().firstName()
                  + ")."));
    }
    if (name.middleInitial().isPresent()
        && !name.middleInitial().isLowConfidence()
        && !Names.sameMiddle(
            name.middleInitial().text(), f.application().middleName().orElse(""))) {
      reasons.add(
          I9Reasons.of(
              IDENTITY_MISMATCH,
              "middleInitial",
              "The I-9 middle initial ("
                  + name.middleInitial().text()
                  + ") differs from the signup's middle name."));
    }
    form.section1()
        .dateOfBirth()
        .date()
        .filter(d -> !form.section1().dateOfBirth().isLowConfidence())
        .filter(d -> !d.equals(f.application().dateOfBirth()))
        .ifPresent(
            d ->
                reasons.add(
                    I9Reasons.of(
                        IDENTITY_MISMATCH,
                        "dateOfBirth",
                        "The I-9 date of birth differs from the signup.")));
    return reasons;
  }

  /**
   * A name on the form against the signup. A scan shows only what fits the form's box: where the
   * reader saw the writing run into the end of the box ({@link I9Form#clipped}), the value is
   * compared as the start of the signup name, its last character possibly a sliver of a cut letter.
   * A model's reading of a scan cannot say where the box ended, so any start of at least 3 letters
   * is accepted from it. A fillable form holds the whole value and must match.
   */
  static boolean sameName(String signup, FieldValue read, I9Form form) {
    if (form.clipped(read.field())) {
      return Names.sameOrCutOff(signup, read.text());
    }
    return Names.same(signup, read.text(), form.source() == Source.MODEL);
  }

  /**
   * The List B number against the licence's. A number read from an image may swap the characters
   * OCR cannot tell apart in these fonts (O and 0, I and 1, S and 5, B and 8, Z and 2); the
   * document is the same either way, so those pairs count as one character there. A fillable form
   * holds what was typed and must match exactly (apart from spaces, dashes and case).
   */
  static boolean sameLicenceNumber(FieldValue number, String licenceNumber, I9Form form) {
    String a = LicenceRules.canonicalId(number.text());
    String b = LicenceRules.canonicalId(licenceNumber);
    return a.equals(b)
        || (form.source() != Source.FORM_FIELD && glyphFolded(a).equals(glyphFolded(b)));
  }

  private static String glyphFolded(String id) {
    StringBuilder out = new StringBuilder(id.length());
    for (char c : id.toCharArray()) {
      out.append(
          switch (c) {
            case 'O' -> '0';
            case 'I' -> '1';
            case 'S' -> '5';
            case 'B' -> '8';
            case 'Z' -> '2';
            default -> c;
          });
    }
    return out.toString();
  }

  /** A List B driver's licence must be the licence supplied: number, issuing state, expiry. */
  private static List<Reason> licenceMatches(I9Form form, DriverLicence dl) {
    Optional<DocumentEntry> b =
        form.section2()
            .listB()
            .filter(
                e ->
                    DocumentTitles.recognise(e.title().text())
                        .map(r -> r.document() == AcceptableDocument.DRIVER_LICENSE && !r.receipt())
                        .orElse(false));
    if (b.isEmpty()) {
      return List.of();
    }
    DocumentEntry e = b.get();
    List<String> differences = new ArrayList<>();
    // A value OCR read unsure is reported as low confidence, not as a difference.
    if (e.number().isPresent()
        && !e.number().isLowConfidence()
        && !sameLicenceNumber(e.number(), dl.licenseNumber().value(), form)) {
      differences.add("number");
    }
    if (e.issuingAuthority().isPresent()
        && !e.issuingAuthority().isLowConfidence()
        && !sameIssuer(e.issuingAuthority().text(), dl.jurisdiction().value())) {
      differences.add(
          "issuing authority ("
              + e.issuingAuthority().text()
              + " vs "
              + dl.jurisdiction().value()
              + ")");
    }
    e.expirationDate()
        .date()
        .filter(d -> !e.expirationDate().isLowConfidence())
        .filter(d -> !d.equals(dl.expirationDate().value()))
        .ifPresent(
            d ->
                differences.add(
                    "expiration date (" + d + " vs " + dl.expirationDate().value() + ")"));
    return differences.isEmpty()
        ? List.of()
        : List.of(
            I9Reasons.of(
                I9_DL_MISMATCH,
                "documents.b1",
                "The driver's licence in Section 2 List B is not the licence supplied: its "
                    + String.join(", ", differences)
                    + " differ."));
  }

  /**
   * "Virginia DMV", "VA", "Dept. of Motor Vehicles, Virginia", "NYS DMV", "PennDOT" name the issuer
   * of their jurisdiction ({@link LicensingAuthorities}); an authority that names no jurisdiction
   * at all ("DMV") is no evidence of another issuer.
   */
  static boolean sameIssuer(String authority, String code) {
    return LicensingAuthorities.standard().couldBe(authority, code);
  }
}
