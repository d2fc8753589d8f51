package onramp.documents.i9;

import static onramp.documents.i9.I9Field.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import onramp.documents.Source;
import onramp.documents.synthetic.FillOptions;
import onramp.documents.synthetic.I9Content;
import onramp.documents.synthetic.I9Filler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Fills the official PDF and reads it back by its AcroForm fields. */
class I9FillableReadTest {
  private static I9Form roundTrip(I9Content content) {
    return I9Reader.standard().read("i9.pdf", I9Filler.fill(content, FillOptions.fillable()));
  }

  @Test
  void readsEverySection1Field() {
    Section1 s1 = roundTrip(SyntheticPeople.citizenWithLicence()).section1();

    assertThat(s1.name().last().text()).isEqualTo("Rivera");
    assertThat(s1.name().first().text()).isEqualTo("Maria");
    assertThat(s1.name().middleInitial().text()).isEqualTo("J");
    assertThat(s1.name().otherLastNames().isNotApplicable()).isTrue();
    assertThat(s1.address().street().text()).isEqualTo("1420 Oak Street");
    assertThat(s1.address().apt().text()).isEqualTo("4B");
    assertThat(s1.address().city().text()).isEqualTo("Sacramento");
    assertThat(s1.address().state().text()).isEqualTo("CA");
    assertThat(s1.address().zip().text()).isEqualTo("95814");
    assertThat(s1.dateOfBirth().date()).contains(LocalDate.of(1990, 3, 14));
    assertThat(s1.ssn().last4()).contains("6789");
    assertThat(s1.ssn().area()).contains("912");
    assertThat(s1.email().text()).isEqualTo("maria.rivera@example.com");
    assertThat(s1.phone().text()).isEqualTo("916-555-0142");
    assertThat(s1.attestation().citizenship()).contains(Citizenship.US_CITIZEN);
    assertThat(s1.isSigned()).isTrue();
    assertThat(s1.signature().text()).isEqualTo("Maria J Rivera");
    assertThat(s1.signedOn().date()).contains(LocalDate.of(2026, 1, 5));
  }

  @Test
  void everyValueIsAFormFieldWithFullConfidence() {
    I9Form form = roundTrip(SyntheticPeople.citizenWithLicence());

    assertThat(form.source()).isEqualTo(Source.FORM_FIELD);
    assertThat(form.edition()).isEqualTo(new Edition("01/20/25", Edition.Basis.FORM_TEXT));
    assertThat(form.wrongEdition()).isFalse();
    assertThat(form.lowConfidence()).isEmpty();
    assertThat(form.section1().name().last().evidence())
        .hasValueSatisfying(
            e -> {
              assertThat(e.source()).isEqualTo(Source.FORM_FIELD);
              assertThat(e.confidence()).isEqualTo(1.0);
            });
  }

  @ParameterizedTest(name = "{0} attests {1}")
  @CsvSource({
    "BOX_US_CITIZEN, US_CITIZEN",
    "BOX_NONCITIZEN_NATIONAL, NONCITIZEN_NATIONAL",
    "BOX_LAWFUL_PERMANENT_RESIDENT, LAWFUL_PERMANENT_RESIDENT",
    "BOX_AUTHORIZED_ALIEN, AUTHORIZED_ALIEN"
  })
  void readsEachCitizenshipBox(I9Field box, Citizenship expected) {
    I9Content content = SyntheticPeople.citizenWithLicence().without(BOX_US_CITIZEN).checked(box);

    Attestation att = roundTrip(content).section1().attestation();

    assertThat(att.citizenship()).contains(expected);
    assertThat(att.checked()).containsExactly(expected);
  }

  @Test
  void showsTwoCheckedBoxesAndNoneAsTheyAre() {
    I9Content two = SyntheticPeople.citizenWithLicence().checked(BOX_AUTHORIZED_ALIEN);
    I9Content none = SyntheticPeople.citizenWithLicence().without(BOX_US_CITIZEN);

    assertThat(roundTrip(two).section1().attestation().checked())
        .containsExactly(Citizenship.US_CITIZEN, Citizenship.AUTHORIZED_ALIEN);
    assertThat(roundTrip(two).section1().attestation().citizenship()).isEmpty();
    assertThat(roundTrip(none).section1().attestation().checked()).isEmpty();
  }

  @Test
  void readsWhatBox4Asks() {
    Attestation att = roundTrip(SyntheticPeople.authorizedAlien()).section1().attestation();

    assertThat(att.citizenship()).contains(Citizenship.AUTHORIZED_ALIEN);
    assertThat(att.workAuthorizationExpiry().date()).contains(LocalDate.of(2027, 9, 30));
    assertThat(att.i94Number().text()).isEqualTo("12345678901");
    assertThat(att.foreignPassportNumber()).contains("C1234567");
    assertThat(att.foreignPassportCountry()).contains("Vietnam");
  }

  @Test
  void readsBox3AndAnNaExpiryOfBox4() {
    I9Form lpr = roundTrip(SyntheticPeople.permanentResidentWithListA());
    I9Form alien =
        roundTrip(SyntheticPeople.authorizedAlien().with(WORK_AUTHORIZATION_EXPIRY, "N/A"));

    assertThat(lpr.section1().attestation().lprUscisOrANumber().text()).isEqualTo("A123456789");
    assertThat(alien.section1().attestation().workAuthorizationExpiry().isNotApplicable()).isTrue();
  }

  @Test
  void readsSection2WithListBAndC() {
    Section2 s2 = roundTrip(SyntheticPeople.citizenWithLicence()).section2();

    assertThat(s2.listA()).isEmpty();
    assertThat(s2.listB())
        .hasValueSatisfying(
            b -> {
              assertThat(b.title().text()).isEqualTo("Driver's License");
              assertThat(b.issuingAuthority().text()).isEqualTo("CA DMV");
              assertThat(b.number().text()).isEqualTo("D1234567");
              assertThat(b.expirationDate().date()).contains(LocalDate.of(2030, 3, 14));
            });
    assertThat(s2.listC())
        .hasValueSatisfying(
            c -> {
              assertThat(c.title().text()).isEqualTo("Social Security Card");
              assertThat(c.expirationDate().isNotApplicable()).isTrue();
            });
    assertThat(s2.firstDayOfEmployment().date()).contains(LocalDate.of(2026, 1, 6));
    assertThat(s2.signedOn().date()).contains(LocalDate.of(2026, 1, 7));
    assertThat(s2.representative())
        .isEqualTo(
            new Representative(
                java.util.Optional.of("Chen"),
                java.util.Optional.of("David"),
                java.util.Optional.of("HR Manager")));
    assertThat(s2.isSigned()).isTrue();
    assertThat(s2.businessName().text()).isEqualTo("Theoretical Ride Sharing Inc");
    assertThat(s2.businessAddress().text()).isEqualTo("500 Market Street, San Francisco, CA 94105");
    assertThat(s2.alternativeProcedure().checked()).isFalse();
  }

  @Test
  void readsSection2WithListADocumentsAndTheAlternativeProcedureBox() {
    I9Content content =
        SyntheticPeople.authorizedAlien()
            .checked(ALTERNATIVE_PROCEDURE)
            .with(ADDITIONAL_INFORMATION, "Remote examination, 03/11/2026");

    Section2 s2 = roundTrip(content).section2();

    assertThat(s2.listA())
        .extracting(d -> d.title().text())
        .containsExactly("Foreign Passport", "Form I-94");
    assertThat(s2.listA().get(1).slot()).isEqualTo(2);
    assertThat(s2.listA().get(1).expirationDate().date()).contains(LocalDate.of(2027, 9, 30));
    assertThat(s2.listB()).isEmpty();
    assertThat(s2.alternativeProcedure().checked()).isTrue();
    assertThat(s2.additionalInformation().text()).isEqualTo("Remote examination, 03/11/2026");
  }

  @Test
  void readsListADocument3ExpiryFromTheFieldMisnamedDocumentNumber() {
    I9Content content =
        SyntheticPeople.authorizedAlien()
            .with(LIST_A_3_TITLE, "Form I-20")
            .with(LIST_A_3_ISSUER, "School")
            .with(LIST_A_3_NUMBER, "N0012345678")
            .with(LIST_A_3_EXPIRY, "12/31/2027");

    DocumentEntry third = roundTrip(content).section2().listA().get(2);

    assertThat(LIST_A_3_EXPIRY.acroName()).isEqualTo("Document Number if any_3");
    assertThat(third.slot()).isEqualTo(3);
    assertThat(third.number().text()).isEqualTo("N0012345678");
    assertThat(third.expirationDate().date()).contains(LocalDate.of(2027, 12, 31));
  }

  @Test
  void givesTheSharedDocumentTitle1ToListAWhenOnlyListAIsUsed() {
    I9Form form = roundTrip(SyntheticPeople.permanentResidentWithListA());

    assertThat(form.section2().listA().get(0).title().text()).isEqualTo("Permanent Resident Card");
    assertThat(form.supplementB().rows()).isEmpty();
  }

  @Test
  void givesTheSharedDocumentTitle1ToSupplementBWhenOnlyItsRow2IsUsed() {
    I9Content content =
        SyntheticPeople.citizenWithLicence()
            .with(REVERIFICATION_2_DOCUMENT_TITLE, "Employment Authorization Document")
            .with(REVERIFICATION_2_DOCUMENT_NUMBER, "SRC1234567890")
            .with(REVERIFICATION_2_EXPIRY, "06/30/2028")
            .with(REVERIFICATION_2_EMPLOYER_NAME, "David Chen")
            .with(REVERIFICATION_2_SIGNED_ON, "06/01/2027");

    I9Form form = roundTrip(content);

    assertThat(form.section2().listA()).isEmpty();
    assertThat(form.supplementB().rows())
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.row()).isEqualTo(2);
              assertThat(row.documentTitle().text()).isEqualTo("Employment Authorization Document");
              assertThat(row.documentExpirationDate().date()).contains(LocalDate.of(2028, 6, 30));
            });
    assertThat(form.notes()).extracting(ReadNote::code).containsExactly(ReadNote.Code.SHARED_FIELD);
  }

  @Test
  void flagsTheSharedDocumentTitle1WhenBothListAAndSupplementBRow2AreUsed() {
    I9Content content =
        SyntheticPeople.permanentResidentWithListA()
            .with(REVERIFICATION_2_DOCUMENT_NUMBER, "SRC1234567890")
            .with(REVERIFICATION_2_SIGNED_ON, "06/01/2027");

    I9Form form = roundTrip(content);

    assertThat(form.section2().listA().get(0).title().text()).isEqualTo("Permanent Resident Card");
    assertThat(form.supplementB().rows().get(0).documentTitle().text())
        .isEqualTo("Permanent Resident Card");
    assertThat(form.notes())
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.code()).isEqualTo(ReadNote.Code.SHARED_FIELD);
              assertThat(n.field()).isEqualTo(REVERIFICATION_2_DOCUMENT_TITLE);
            });
  }

  @Test
  void refusesToFillTwoDifferentTitlesIntoTheSharedField() {
    I9Content content =
        SyntheticPeople.permanentResidentWithListA()
            .with(REVERIFICATION_2_DOCUMENT_TITLE, "Something else");

    assertThatThrownBy(() -> I9Filler.fill(content, FillOptions.fillable()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Document Title 1");
  }

  @Test
  void readsSupplementAAndNotesThatPreparer2HasNoFirstNameField() {
    I9Content content =
        SyntheticPeople.citizenWithLicence()
            .with(SUPA_LAST_NAME, "Rivera")
            .with(SUPA_FIRST_NAME, "Maria")
            .with(SUPA_MIDDLE_INITIAL, "J")
            .with(PREPARER_1_SIGNATURE, "Ana Lopez")
            .with(PREPARER_1_SIGNED_ON, "01/05/2026")
            .with(PREPARER_1_LAST_NAME, "Lopez")
            .with(PREPARER_1_FIRST_NAME, "Ana")
            .with(PREPARER_1_STREET, "9 Pine Road")
            .with(PREPARER_1_CITY, "Davis")
            .with(PREPARER_1_STATE, "CA")
            .with(PREPARER_1_ZIP, "95616")
            .with(PREPARER_2_LAST_NAME, "Kim")
            .with(PREPARER_2_FIRST_NAME, "Jun")
            .with(PREPARER_2_SIGNED_ON, "01/05/2026");

    I9Form form = roundTrip(content);

    assertThat(form.supplementA().lastName().text()).isEqualTo("Rivera");
    assertThat(form.supplementA().preparers()).hasSize(2);
    PreparerRow first = form.supplementA().preparers().get(0);
    assertThat(first.firstName().text()).isEqualTo("Ana");
    assertThat(first.state().text()).isEqualTo("CA");
    assertThat(first.signedOn().date()).contains(LocalDate.of(2026, 1, 5));
    PreparerRow second = form.supplementA().preparers().get(1);
    assertThat(second.lastName().text()).isEqualTo("Kim");
    assertThat(second.firstName().isBlank()).isTrue();
    assertThat(form.notes())
        .extracting(ReadNote::code)
        .containsExactly(ReadNote.Code.NO_FIELD_ON_FORM);
  }

  @Test
  void readsSupplementBReverificationRows() {
    I9Content content =
        SyntheticPeople.citizenWithLicence()
            .with(SUPB_LAST_NAME, "Rivera")
            .with(SUPB_FIRST_NAME, "Maria")
            .with(REVERIFICATION_1_REHIRE_DATE, "04/01/2027")
            .with(REVERIFICATION_1_NEW_LAST_NAME, "Rivera-Soto")
            .with(REVERIFICATION_1_DOCUMENT_TITLE, "U.S. Passport")
            .with(REVERIFICATION_1_DOCUMENT_NUMBER, "567891234")
            .with(REVERIFICATION_1_EXPIRY, "04/01/2035")
            .with(REVERIFICATION_1_EMPLOYER_NAME, "David Chen")
            .with(REVERIFICATION_1_EMPLOYER_SIGNATURE, "David Chen")
            .with(REVERIFICATION_1_SIGNED_ON, "04/01/2027")
            .checked(REVERIFICATION_3_ALTERNATIVE_PROCEDURE);

    SupplementB b = roundTrip(content).supplementB();

    assertThat(b.rows()).extracting(ReverificationRow::row).containsExactly(1, 3);
    ReverificationRow row = b.rows().get(0);
    assertThat(row.rehireDate().date()).contains(LocalDate.of(2027, 4, 1));
    assertThat(row.newLastName().text()).isEqualTo("Rivera-Soto");
    assertThat(row.documentNumber().text()).isEqualTo("567891234");
    assertThat(row.alternativeProcedure().checked()).isFalse();
    assertThat(b.rows().get(1).alternativeProcedure().checked()).isTrue();
  }

  @ParameterizedTest(name = "date of birth typed as ''{0}''")
  @ValueSource(
      strings = {
        "03/14/1990",
        "3/14/1990",
        "03-14-1990",
        "03141990",
        "1990-03-14",
        "Mar 14, 1990",
        " 03/14/1990 "
      })
  void readsDatesInEveryFormPeopleTypeThem(String typed) {
    I9Form form = roundTrip(SyntheticPeople.citizenWithLicence().with(DATE_OF_BIRTH, typed));

    assertThat(form.section1().dateOfBirth().date()).contains(LocalDate.of(1990, 3, 14));
    assertThat(form.section1().dateOfBirth().raw()).isEqualTo(typed);
  }

  @Test
  void keepsAnImpossibleDateAsRawText() {
    I9Form form =
        roundTrip(SyntheticPeople.citizenWithLicence().with(EMPLOYEE_SIGNED_ON, "13/45/2026"));

    assertThat(form.section1().signedOn().isMalformedDate()).isTrue();
    assertThat(form.section1().signedOn().text()).isEqualTo("13/45/2026");
    assertThat(form.section1().signedOn().toString()).contains("'13/45/2026'");
  }

  @ParameterizedTest(name = "''{0}'' in List C expiry is N/A")
  @ValueSource(strings = {"N/A", "NA", "n/a", "-"})
  void readsNotApplicableEntriesAsSuch(String typed) {
    I9Form form = roundTrip(SyntheticPeople.citizenWithLicence().with(LIST_C_EXPIRY, typed));

    FieldValue expiry = form.section2().listC().orElseThrow().expirationDate();
    assertThat(expiry.isNotApplicable()).isTrue();
    assertThat(expiry.isBlank()).isFalse();
  }

  @Test
  void trimsWhitespaceAroundValues() {
    I9Form form =
        roundTrip(
            SyntheticPeople.citizenWithLicence()
                .with(LAST_NAME, "  Rivera ")
                .with(FIRST_NAME, "Maria   ")
                .with(LIST_B_NUMBER, " D1234567"));

    assertThat(form.section1().name().last().text()).isEqualTo("Rivera");
    assertThat(form.section1().name().last().raw()).isEqualTo("  Rivera ");
    assertThat(form.section1().name().first().text()).isEqualTo("Maria");
    assertThat(form.section2().listB().orElseThrow().number().text()).isEqualTo("D1234567");
  }

  @Test
  void readsABlankFieldAsBlank() {
    I9Form form = roundTrip(SyntheticPeople.permanentResidentWithListA());

    assertThat(form.section1().name().middleInitial().isBlank()).isTrue();
    assertThat(form.section1().name().middleInitial().isNotApplicable()).isFalse();
    assertThat(form.section1().address().apt().isBlank()).isTrue();
  }

  @Test
  void neverPrintsTheFullSsn() {
    I9Content content = SyntheticPeople.citizenWithLicence().with(SSN, "000-12-3456");

    I9Form form = roundTrip(content);

    assertThat(form.section1().ssn().area()).contains("000");
    assertThat(form.section1().ssn().group()).contains("12");
    for (String printed :
        new String[] {
          form.toString(),
          form.section1().toString(),
          form.section1().ssn().toString(),
          content.toString()
        }) {
      assertThat(printed)
          .doesNotContain("000123456")
          .doesNotContain("000-12-3456")
          .doesNotContain("00012");
    }
    assertThat(form.section1().ssn().toString()).isEqualTo("Ssn[***-**-3456]");
  }
}
