package onramp.onboarding.i9;

import static onramp.documents.i9.I9Field.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import onramp.documents.Confidence;
import onramp.documents.Source;
import onramp.documents.i9.DocumentEntry;
import onramp.documents.i9.FieldValue;
import onramp.documents.i9.I9Field;
import onramp.documents.i9.I9Form;
import onramp.documents.i9.I9Reader;
import onramp.documents.i9.PersonName;
import onramp.documents.i9.ReadNote;
import onramp.documents.i9.Section1;
import onramp.documents.i9.Section2;
import onramp.documents.synthetic.FillOptions;
import onramp.documents.synthetic.I9Content;
import onramp.documents.synthetic.I9Filler;
import onramp.onboarding.Fixtures;
import onramp.onboarding.Outcome;
import onramp.onboarding.casefile.CaseFile;
import onramp.onboarding.casefile.FrontSide;
import onramp.onboarding.decision.Reason;
import onramp.onboarding.decision.ReasonCode;
import onramp.onboarding.decision.Severity;
import onramp.onboarding.policy.Policies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every Form I-9 rule, on the official PDF filled with PDFBox and read back: the synthetic
 * applicant of {@link Fixtures} (Jordan Avery Quinn, first day Tuesday 2026-12-01).
 */
class I9RulesTest {
  private static final I9Reader READER = I9Reader.standard();

  /** A complete, compliant form: a U.S. citizen with a U.S. passport. */
  static I9Content valid() {
    return I9Content.empty()
        .with(LAST_NAME, "QUINN")
        .with(FIRST_NAME, "JORDAN")
        .with(MIDDLE_INITIAL, "A")
        .with(OTHER_LAST_NAMES, "N/A")
        .with(STREET, "100 Example Way")
        .with(APT, "N/A")
        .with(CITY, "Richmond")
        .with(STATE, "VA")
        .with(ZIP, "23219")
        .with(DATE_OF_BIRTH, "04/18/1990")
        .with(SSN, "773451234")
        .with(EMAIL, "jordan.quinn@example.com")
        .with(PHONE, "555-010-0199")
        .checked(BOX_US_CITIZEN)
        .with(EMPLOYEE_SIGNATURE, "Jordan Quinn")
        .with(EMPLOYEE_SIGNED_ON, "11/30/2026")
        .with(LIST_A_1_TITLE, "U.S. Passport")
        .with(LIST_A_1_ISSUER, "U.S. Department of State")
        .with(LIST_A_1_NUMBER, "512345678")
        .with(LIST_A_1_EXPIRY, "05/01/2031")
        .with(FIRST_DAY_OF_EMPLOYMENT, "12/01/2026")
        .with(EMPLOYER_NAME_AND_TITLE, "Rivera, Sam, Onboarding Specialist")
        .with(EMPLOYER_SIGNATURE, "Sam Rivera")
        .with(EMPLOYER_SIGNED_ON, "12/02/2026")
        .with(BUSINESS_NAME, "Theoretical Ride Sharing Inc.")
        .with(BUSINESS_ADDRESS, "1 Example Plaza, Wilmington, DE");
  }

  static I9Content listBC(I9Content c) {
    return c.without(LIST_A_1_TITLE)
        .without(LIST_A_1_ISSUER)
        .without(LIST_A_1_NUMBER)
        .without(LIST_A_1_EXPIRY)
        .with(LIST_B_TITLE, "Driver's License")
        .with(LIST_B_ISSUER, "Virginia DMV")
        .with(LIST_B_NUMBER, "T12345678")
        .with(LIST_B_EXPIRY, "04/18/2028")
        .with(LIST_C_TITLE, "Birth Certificate")
        .with(LIST_C_ISSUER, "Virginia")
        .with(LIST_C_NUMBER, "BC1234567")
        .with(LIST_C_EXPIRY, "N/A");
  }

  static List<Reason> check(I9Content content, FillOptions options) {
    I9Form form = READER.read("i9.pdf", I9Filler.fill(content, options));
    CaseFile f =
        new CaseFile(
            Fixtures.application(),
            Optional.of(Fixtures.licence()),
            FrontSide.empty(),
            Optional.of(form),
            List.of(),
            Policies.builtIn().forJurisdiction("VA"),
            LocalDate.of(2026, 12, 4));
    return new I9Rules().check(f);
  }

  static List<ReasonCode> codes(UnaryOperator<I9Content> change) {
    return check(change.apply(valid()), FillOptions.fillable()).stream()
        .filter(r -> r.severity() != Severity.INFO)
        .map(Reason::code)
        .distinct()
        .toList();
  }

  @Test
  void acceptsACompleteCompliantForm() {
    assertThat(codes(c -> c)).isEmpty();
    assertThat(codes(I9RulesTest::listBC)).isEmpty();
  }

  static Stream<Arguments> violations() {
    return Stream.of(
        Arguments.of(
            "no last name",
            (UnaryOperator<I9Content>) c -> c.without(LAST_NAME),
            ReasonCode.I9_SECTION1_INCOMPLETE),
        Arguments.of(
            "no date of birth",
            (UnaryOperator<I9Content>) c -> c.without(DATE_OF_BIRTH),
            ReasonCode.I9_SECTION1_INCOMPLETE),
        Arguments.of(
            "impossible date of birth",
            (UnaryOperator<I9Content>) c -> c.with(DATE_OF_BIRTH, "13/45/1990"),
            ReasonCode.I9_SECTION1_INCOMPLETE),
        Arguments.of(
            "not signed",
            (UnaryOperator<I9Content>) c -> c.without(EMPLOYEE_SIGNATURE),
            ReasonCode.I9_SECTION1_INCOMPLETE),
        Arguments.of(
            "no box checked",
            (UnaryOperator<I9Content>) c -> c.without(BOX_US_CITIZEN),
            ReasonCode.I9_SECTION1_INCOMPLETE),
        Arguments.of(
            "two boxes checked",
            (UnaryOperator<I9Content>) c -> c.checked(BOX_NONCITIZEN_NATIONAL),
            ReasonCode.I9_SECTION1_INCOMPLETE),
        Arguments.of(
            "box 3 without A-Number",
            (UnaryOperator<I9Content>)
                c -> c.without(BOX_US_CITIZEN).checked(BOX_LAWFUL_PERMANENT_RESIDENT),
            ReasonCode.I9_SECTION1_INCOMPLETE),
        Arguments.of(
            "box 3 with a 5-digit A-Number",
            (UnaryOperator<I9Content>)
                c ->
                    c.without(BOX_US_CITIZEN)
                        .checked(BOX_LAWFUL_PERMANENT_RESIDENT)
                        .with(LPR_USCIS_OR_A_NUMBER, "A12345"),
            ReasonCode.I9_SECTION1_INCOMPLETE),
        Arguments.of(
            "box 4 without expiry",
            (UnaryOperator<I9Content>)
                c ->
                    c.without(BOX_US_CITIZEN)
                        .checked(BOX_AUTHORIZED_ALIEN)
                        .with(ALIEN_USCIS_OR_A_NUMBER, "A123456789"),
            ReasonCode.I9_SECTION1_INCOMPLETE),
        Arguments.of(
            "box 4 without any number",
            (UnaryOperator<I9Content>)
                c ->
                    c.without(BOX_US_CITIZEN)
                        .checked(BOX_AUTHORIZED_ALIEN)
                        .with(WORK_AUTHORIZATION_EXPIRY, "N/A"),
            ReasonCode.I9_SECTION1_INCOMPLETE),
        Arguments.of(
            "box 4 with a short I-94",
            (UnaryOperator<I9Content>)
                c ->
                    c.without(BOX_US_CITIZEN)
                        .checked(BOX_AUTHORIZED_ALIEN)
                        .with(WORK_AUTHORIZATION_EXPIRY, "N/A")
                        .with(I94_NUMBER, "1234567"),
            ReasonCode.I9_SECTION1_INCOMPLETE),
        Arguments.of(
            "signed after the first day",
            (UnaryOperator<I9Content>) c -> c.with(EMPLOYEE_SIGNED_ON, "12/02/2026"),
            ReasonCode.I9_SECTION1_LATE),
        Arguments.of(
            "SSN area 666",
            (UnaryOperator<I9Content>) c -> c.with(SSN, "666123456"),
            ReasonCode.SSN_INVALID),
        Arguments.of(
            "SSN group 00",
            (UnaryOperator<I9Content>) c -> c.with(SSN, "773001234"),
            ReasonCode.SSN_INVALID),
        Arguments.of(
            "SSN serial 0000",
            (UnaryOperator<I9Content>) c -> c.with(SSN, "773120000"),
            ReasonCode.SSN_INVALID),
        Arguments.of(
            "no employer signature",
            (UnaryOperator<I9Content>) c -> c.without(EMPLOYER_SIGNATURE),
            ReasonCode.I9_SECTION2_INCOMPLETE),
        Arguments.of(
            "no business name",
            (UnaryOperator<I9Content>) c -> c.without(BUSINESS_NAME),
            ReasonCode.I9_SECTION2_INCOMPLETE),
        Arguments.of(
            "document without number",
            (UnaryOperator<I9Content>) c -> c.without(LIST_A_1_NUMBER),
            ReasonCode.I9_SECTION2_INCOMPLETE),
        Arguments.of(
            "Section 2 four business days late",
            (UnaryOperator<I9Content>) c -> c.with(EMPLOYER_SIGNED_ON, "12/07/2026"),
            ReasonCode.I9_SECTION2_LATE),
        Arguments.of(
            "List B without List C",
            (UnaryOperator<I9Content>)
                c ->
                    listBC(c)
                        .without(LIST_C_TITLE)
                        .without(LIST_C_ISSUER)
                        .without(LIST_C_NUMBER)
                        .without(LIST_C_EXPIRY),
            ReasonCode.I9_DOCUMENTS_INVALID_COMBINATION),
        Arguments.of(
            "a title not on the lists",
            (UnaryOperator<I9Content>) c -> c.with(LIST_A_1_TITLE, "Library card"),
            ReasonCode.I9_DOCUMENTS_INVALID_COMBINATION),
        Arguments.of(
            "a List C document under List B",
            (UnaryOperator<I9Content>) c -> listBC(c).with(LIST_B_TITLE, "Social Security Card"),
            ReasonCode.I9_DOCUMENTS_INVALID_COMBINATION),
        Arguments.of(
            "foreign passport without I-94",
            (UnaryOperator<I9Content>) c -> c.with(LIST_A_1_TITLE, "Foreign Passport"),
            ReasonCode.I9_DOCUMENTS_INVALID_COMBINATION),
        Arguments.of(
            "passport expired when examined",
            (UnaryOperator<I9Content>) c -> c.with(LIST_A_1_EXPIRY, "11/15/2026"),
            ReasonCode.I9_DOCUMENT_EXPIRED),
        Arguments.of(
            "List B licence is another licence",
            (UnaryOperator<I9Content>) c -> listBC(c).with(LIST_B_NUMBER, "X99999999"),
            ReasonCode.I9_DL_MISMATCH),
        Arguments.of(
            "List B licence from another state",
            (UnaryOperator<I9Content>) c -> listBC(c).with(LIST_B_ISSUER, "Texas DPS"),
            ReasonCode.I9_DL_MISMATCH),
        Arguments.of(
            "another person's name",
            (UnaryOperator<I9Content>) c -> c.with(LAST_NAME, "HAWTHORNE"),
            ReasonCode.IDENTITY_MISMATCH),
        Arguments.of(
            "another date of birth",
            (UnaryOperator<I9Content>) c -> c.with(DATE_OF_BIRTH, "04/18/1991"),
            ReasonCode.IDENTITY_MISMATCH));
  }

  @ParameterizedTest(name = "{0} → {2}")
  @MethodSource("violations")
  void findsEachViolation(String name, UnaryOperator<I9Content> change, ReasonCode expected) {
    assertThat(codes(change)).containsExactly(expected);
  }

  @Test
  void allowsDatesInEveryFormPeopleTypeAndNotApplicableEntries() {
    assertThat(
            codes(
                c ->
                    c.with(DATE_OF_BIRTH, "4/18/1990")
                        .with(EMPLOYEE_SIGNED_ON, "2026-11-30")
                        .with(EMPLOYER_SIGNED_ON, " 12-02-2026 ")
                        .with(MIDDLE_INITIAL, "n/a")))
        .isEmpty();
  }

  @Test
  void acceptsAReceiptAsAnInfoWithItsDueDate() {
    List<Reason> reasons =
        check(
            listBC(valid())
                .with(LIST_B_TITLE, "Receipt - Driver's License")
                .with(LIST_B_NUMBER, "R12345")
                .with(LIST_B_EXPIRY, "N/A"),
            FillOptions.fillable());
    assertThat(reasons).extracting(Reason::code).containsExactly(ReasonCode.I9_RECEIPT);
    assertThat(reasons.get(0).message()).contains("2027-03-01");
    assertThat(Outcome.from(reasons)).isEqualTo(Outcome.APPROVED);
  }

  @Test
  void neverRejectsOnAFormReadByOcr() {
    List<Reason> reasons = check(valid().with(SSN, "666123456"), FillOptions.flattened());
    assertThat(reasons).extracting(Reason::code).contains(ReasonCode.SSN_INVALID);
    assertThat(reasons).allMatch(r -> r.severity() != Severity.REJECT);
  }

  @Test
  void asksAboutLowConfidenceOnlyWhereItCouldChangeTheDecision() {
    I9Form read = READER.read("i9.pdf", I9Filler.fill(valid(), FillOptions.fillable()));
    I9Form unsure =
        new I9Form(
            read.edition(),
            onramp.documents.Source.SCAN_OCR,
            read.section1(),
            read.section2(),
            read.supplementA(),
            read.supplementB(),
            read.notes(),
            List.of(
                EMAIL,
                LIST_A_1_NUMBER,
                LAST_NAME,
                DATE_OF_BIRTH,
                LIST_A_1_TITLE,
                EMPLOYER_SIGNED_ON));
    CaseFile f =
        new CaseFile(
            Fixtures.application(),
            Optional.of(Fixtures.licence()),
            FrontSide.empty(),
            Optional.of(unsure),
            List.of(),
            Policies.builtIn().forJurisdiction("VA"),
            LocalDate.of(2026, 12, 4));
    List<Reason> reasons = new I9Rules().check(f);
    assertThat(reasons)
        .extracting(Reason::code)
        .containsExactly(ReasonCode.EXTRACTION_LOW_CONFIDENCE);
    assertThat(reasons.get(0).message())
        .contains("Section 2 Today's Date")
        .doesNotContain("Email")
        .doesNotContain("First Name")
        .doesNotContain("Date of Birth");
  }

  @Test
  void rejectsAnOlderEditionSayingItIsNoLongerAcceptedAndChecksNothingElse() {
    I9Form read =
        READER.read(
            "i9.pdf", I9Filler.fill(valid().without(EMPLOYEE_SIGNATURE), FillOptions.fillable()));
    I9Form older =
        new I9Form(
            new onramp.documents.i9.Edition("10/21/19", onramp.documents.i9.Edition.Basis.XFA),
            read.source(),
            read.section1(),
            read.section2(),
            read.supplementA(),
            read.supplementB(),
            read.notes(),
            read.lowConfidence());
    CaseFile f =
        new CaseFile(
            Fixtures.application(),
            Optional.of(Fixtures.licence()),
            FrontSide.empty(),
            Optional.of(older),
            List.of(),
            Policies.builtIn().forJurisdiction("VA"),
            LocalDate.of(2026, 12, 4));

    List<Reason> reasons = new I9Rules().check(f);

    assertThat(reasons).extracting(Reason::code).containsExactly(ReasonCode.I9_WRONG_EDITION);
    assertThat(reasons.get(0).severity()).isEqualTo(Severity.REJECT);
    assertThat(reasons.get(0).message())
        .isEqualTo(
            "This is the 10/21/19 edition of Form I-9, which USCIS no longer"
                + " accepts; use the current edition 01/20/25 from uscis.gov/i-9.");
  }

  @Test
  void neverPutsTheSsnInAReason() {
    List<Reason> reasons = check(valid().with(SSN, "666123456"), FillOptions.fillable());
    assertThat(reasons)
        .extracting(Reason::message)
        .noneMatch(m -> m.contains("666123456") || m.contains("123456"));
  }

  private static final String LONG_LAST_NAME = "Montgomery-Fitzwilliam-Abernathy-Castellanos";

  /**
   * The valid form as a scan would give it, with one value replaced and, optionally, marked as cut
   * off by its box.
   */
  private static I9Form scanned(
      I9Content content, I9Field field, String shown, double confidence, boolean clipped) {
    I9Form read = READER.read("i9.pdf", I9Filler.fill(content, FillOptions.fillable()));
    FieldValue value = new FieldValue(field, shown, Source.SCAN_OCR, confidence);
    var s1 = read.section1();
    var name = s1.name();
    PersonName newName =
        new PersonName(
            field == LAST_NAME ? value : name.last(),
            field == FIRST_NAME ? value : name.first(),
            name.middleInitial(),
            name.otherLastNames());
    Section1 section1 =
        new Section1(
            newName,
            s1.address(),
            s1.dateOfBirth(),
            s1.ssn(),
            s1.email(),
            s1.phone(),
            s1.attestation(),
            s1.signature(),
            s1.signedOn());
    var s2 = read.section2();
    Optional<DocumentEntry> listB =
        s2.listB()
            .map(
                b ->
                    field != LIST_B_NUMBER
                        ? b
                        : new DocumentEntry(
                            b.list(),
                            b.slot(),
                            b.title(),
                            b.issuingAuthority(),
                            value,
                            b.expirationDate()));
    Section2 section2 =
        new Section2(
            s2.listA(),
            listB,
            s2.listC(),
            s2.additionalInformation(),
            s2.alternativeProcedure(),
            s2.firstDayOfEmployment(),
            s2.representativeNameAndTitle(),
            s2.representativeSignature(),
            s2.signedOn(),
            s2.businessName(),
            s2.businessAddress());
    List<ReadNote> notes =
        clipped ? List.of(new ReadNote(field, ReadNote.Code.CLIPPED, "cut off")) : List.of();
    List<I9Field> low = confidence < Confidence.CONFIDENT ? List.of(field) : List.of();
    return new I9Form(
        read.edition(),
        Source.SCAN_OCR,
        section1,
        section2,
        read.supplementA(),
        read.supplementB(),
        notes,
        low);
  }

  private static List<ReasonCode> codesFor(I9Form form, String signupLastName) {
    var app = Fixtures.application();
    var signup =
        new onramp.onboarding.application.Application(
            app.firstName(),
            app.middleName(),
            signupLastName,
            app.dateOfBirth(),
            app.email(),
            app.phone(),
            app.address(),
            app.licenseState(),
            app.licenseNumber(),
            app.vehicleClass(),
            app.firstDayOfEmployment(),
            app.submittedAt());
    CaseFile f =
        new CaseFile(
            signup,
            Optional.of(Fixtures.licence()),
            FrontSide.empty(),
            Optional.of(form),
            List.of(),
            Policies.builtIn().forJurisdiction("VA"),
            LocalDate.of(2026, 12, 4));
    return new I9Rules()
        .check(f).stream().filter(r -> r.severity() != Severity.INFO).map(Reason::code).toList();
  }

  @Test
  void aLastNameCutOffByItsBoxOnAScanIsTheStartOfTheSignupName() {
    I9Content content = valid().with(LAST_NAME, LONG_LAST_NAME.toUpperCase(java.util.Locale.ROOT));

    // The box cut the name after "-A"; OCR read a sliver of the "B" as an "I".
    assertThat(
            codesFor(
                scanned(content, LAST_NAME, "MONTGOMERY-FITZWILLIAM-AI", 0.91, true),
                LONG_LAST_NAME))
        .isEmpty();
    assertThat(
            codesFor(
                scanned(content, LAST_NAME, "MONTGOMERY-FITZWILLIAM-A", 0.91, true),
                LONG_LAST_NAME))
        .isEmpty();
    // The decision's fields tell the reviewer which value may be cut off.
    assertThat(
            I9Fields.of(
                Optional.of(scanned(content, LAST_NAME, "MONTGOMERY-FITZWILLIAM-A", 0.91, true))))
        .containsEntry("clipped", List.of("LAST_NAME"));
    assertThat(
            I9Fields.of(
                Optional.of(scanned(content, LAST_NAME, "MONTGOMERY-FITZWILLIAM-A", 0.91, false))))
        .doesNotContainKey("clipped");
    // Read unsure, the cut name is still corroborated by the signup.
    assertThat(
            codesFor(
                scanned(content, LAST_NAME, "MONTGOMERY-FITZWILLIAM-AI", 0.6, true),
                LONG_LAST_NAME))
        .isEmpty();
  }

  @Test
  void aCutOffNameWhoseVisiblePartDiffersIsStillAMismatch() {
    I9Content content = valid().with(LAST_NAME, LONG_LAST_NAME.toUpperCase(java.util.Locale.ROOT));

    assertThat(
            codesFor(
                scanned(content, LAST_NAME, "MONTGOMERY-FITZGERALD-ABE", 0.91, true),
                LONG_LAST_NAME))
        .containsExactly(ReasonCode.IDENTITY_MISMATCH);
    assertThat(
            codesFor(
                scanned(content, LAST_NAME, "MONTGOMERY-FITZGERALD-ABE", 0.6, true),
                LONG_LAST_NAME))
        .containsExactly(ReasonCode.EXTRACTION_LOW_CONFIDENCE);
  }

  @Test
  void aShorterNameThatEndsInsideItsBoxIsAMismatchEvenOnAScan() {
    assertThat(codesFor(scanned(valid(), LAST_NAME, "QUIN", 0.95, false), "Quinn"))
        .containsExactly(ReasonCode.IDENTITY_MISMATCH);
    assertThat(
            codesFor(
                scanned(valid(), LAST_NAME, "MONTGOMERY-FITZWILLIAM-A", 0.91, false),
                LONG_LAST_NAME))
        .containsExactly(ReasonCode.IDENTITY_MISMATCH);
  }

  @Test
  void aScannedListBNumberMaySwapCharactersOcrCannotTellApart() {
    I9Content content = listBC(valid());

    // The licence is T12345678; O for 0 and B for 8 are the same characters to OCR in these fonts.
    assertThat(codesFor(scanned(content, LIST_B_NUMBER, "T1234567B", 0.95, false), "Quinn"))
        .isEmpty();
    assertThat(codesFor(scanned(content, LIST_B_NUMBER, "T1234567B", 0.69, false), "Quinn"))
        .isEmpty();
    assertThat(codesFor(scanned(content, LIST_B_NUMBER, "T12345679", 0.95, false), "Quinn"))
        .containsExactly(ReasonCode.I9_DL_MISMATCH);
    assertThat(codesFor(scanned(content, LIST_B_NUMBER, "T12345679", 0.69, false), "Quinn"))
        .containsExactly(ReasonCode.EXTRACTION_LOW_CONFIDENCE);
  }

  @Test
  void aTypedListBNumberMustMatchExactly() {
    assertThat(codes(c -> listBC(c).with(LIST_B_NUMBER, "T1234567B")))
        .containsExactly(ReasonCode.I9_DL_MISMATCH);
  }

  @Test
  void anUnsureStateNeedsNoReviewSinceNoRuleReadsItsValue() {
    assertThat(codesFor(scanned(valid(), FIRST_NAME, "JORDAN", 0.95, false), "Quinn")).isEmpty();
    I9Form form = scanned(valid(), FIRST_NAME, "JORDAN", 0.95, false);
    I9Form unsureState =
        new I9Form(
            form.edition(),
            form.source(),
            form.section1(),
            form.section2(),
            form.supplementA(),
            form.supplementB(),
            form.notes(),
            List.of(STATE));
    assertThat(codesFor(unsureState, "Quinn")).isEmpty();
  }
}
