package onramp.onboarding.i9;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import onramp.documents.i9.FieldValue;
import onramp.documents.i9.I9Field;
import onramp.documents.i9.I9Form;
import onramp.onboarding.casefile.CaseFile;
import onramp.onboarding.identity.Names;

/**
 * Which of a scanned form's low-confidence fields matter. A field no rule reads by value (e-mail,
 * phone, a List A document number, the employer's address) cannot change the decision; a field that
 * agrees exactly with an independent source (the signup, the licence barcode) is corroborated. What
 * is left must be looked at by a person.
 */
final class LowConfidence {
  /** Fields whose presence matters but whose exact value no rule reads. */
  private static final Set<I9Field> PRESENCE_ONLY =
      Set.of(
          I9Field.EMAIL,
          I9Field.PHONE,
          I9Field.APT,
          I9Field.OTHER_LAST_NAMES,
          I9Field.STREET,
          I9Field.CITY,
          I9Field.STATE,
          I9Field.ZIP,
          I9Field.EMPLOYEE_SIGNATURE,
          I9Field.EMPLOYER_SIGNATURE,
          I9Field.EMPLOYER_NAME_AND_TITLE,
          I9Field.BUSINESS_NAME,
          I9Field.BUSINESS_ADDRESS,
          I9Field.LIST_A_1_ISSUER,
          I9Field.LIST_A_1_NUMBER,
          I9Field.LIST_A_2_ISSUER,
          I9Field.LIST_A_2_NUMBER,
          I9Field.LIST_A_3_ISSUER,
          I9Field.LIST_A_3_NUMBER,
          I9Field.LIST_C_ISSUER,
          I9Field.LIST_C_NUMBER,
          I9Field.ADDITIONAL_INFORMATION);

  private static final Set<I9Field> TITLES =
      Set.of(
          I9Field.LIST_A_1_TITLE,
          I9Field.LIST_A_2_TITLE,
          I9Field.LIST_A_3_TITLE,
          I9Field.LIST_B_TITLE,
          I9Field.LIST_C_TITLE);

  private LowConfidence() {}

  static List<I9Field> decisive(I9Form form, CaseFile f) {
    return form.lowConfidence().stream()
        .filter(field -> !PRESENCE_ONLY.contains(field))
        .filter(field -> !irrelevantAttestationField(form, field))
        .filter(field -> !corroborated(form, field, f))
        .toList();
  }

  /** Box 4's numbers matter only when box 4 is checked. */
  private static boolean irrelevantAttestationField(I9Form form, I9Field field) {
    boolean box4 = form.section1().attestation().authorizedAlien().checked();
    return !box4
        && (field == I9Field.FOREIGN_PASSPORT
            || field == I9Field.I94_NUMBER
            || field == I9Field.ALIEN_USCIS_OR_A_NUMBER
            || field == I9Field.WORK_AUTHORIZATION_EXPIRY);
  }

  private static boolean corroborated(I9Form form, I9Field field, CaseFile f) {
    var s1 = form.section1();
    var app = f.application();
    return switch (field) {
      case LAST_NAME -> sameName(app.lastName(), s1.name().last(), form);
      case FIRST_NAME -> sameName(app.firstName(), s1.name().first(), form);
      case MIDDLE_INITIAL ->
          Names.sameMiddle(s1.name().middleInitial().text(), app.middleName().orElse(""));
      case DATE_OF_BIRTH -> s1.dateOfBirth().date().filter(app.dateOfBirth()::equals).isPresent();
      case FIRST_DAY_OF_EMPLOYMENT ->
          form.section2()
              .firstDayOfEmployment()
              .date()
              .filter(app.firstDayOfEmployment()::equals)
              .isPresent();
      case LIST_B_NUMBER ->
          f.licence().isPresent()
              && form.section2()
                  .listB()
                  .filter(
                      b ->
                          I9Rules.sameLicenceNumber(
                              b.number(), f.licence().get().licenseNumber().value(), form))
                  .isPresent();
      case LIST_B_ISSUER ->
          f.licence().isPresent()
              && form.section2()
                  .listB()
                  .filter(
                      b ->
                          I9Rules.sameIssuer(
                              b.issuingAuthority().text(),
                              f.licence().get().jurisdiction().value()))
                  .isPresent();
      case LIST_B_EXPIRY ->
          f.licence().isPresent()
              && form.section2()
                  .listB()
                  .flatMap(b -> b.expirationDate().date())
                  .filter(f.licence().get().expirationDate().value()::equals)
                  .isPresent();
      default -> TITLES.contains(field) && titleRecognised(form, field);
    };
  }

  /** Exactly the signup name, or its start where the scan shows the box cut the value off. */
  private static boolean sameName(String signup, FieldValue read, I9Form form) {
    return form.clipped(read.field())
        ? Names.sameOrCutOff(signup, read.text())
        : Names.same(signup, read.text(), false);
  }

  private static boolean titleRecognised(I9Form form, I9Field field) {
    Optional<FieldValue> title =
        form.section2().documents().stream()
            .map(d -> d.title())
            .filter(t -> t.field() == field)
            .findFirst();
    return title.flatMap(t -> DocumentTitles.recognise(t.text())).isPresent();
  }
}
