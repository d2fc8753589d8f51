package onramp.documents.i9;

import static onramp.documents.i9.I9Field.*;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import onramp.documents.Confidence;
import onramp.documents.Source;

/**
 * Turns field readings (from AcroForm fields or from OCR) into a typed {@link I9Form}, handling the
 * form's defects in one place.
 */
final class I9Mapper {
  private final Map<I9Field, FieldReading> readings;
  private final Source source;
  private final List<ReadNote> notes = new ArrayList<>();

  private I9Mapper(Map<I9Field, FieldReading> readings, Source source) {
    this.readings = new EnumMap<>(I9Field.class);
    this.readings.putAll(readings);
    this.source = source;
  }

  static I9Form map(Map<I9Field, FieldReading> readings, Source source, Edition edition) {
    return new I9Mapper(readings, source).form(edition);
  }

  private I9Form form(Edition edition) {
    resolveSharedDocumentTitle();
    resolveMissingPreparerFirstName();
    Section1 s1 = section1();
    Section2 s2 = section2();
    SupplementA a = supplementA();
    SupplementB b = supplementB();
    List<I9Field> low = new ArrayList<>();
    for (Map.Entry<I9Field, FieldReading> e : readings.entrySet()) {
      FieldReading r = e.getValue();
      if (r.clipped() && !r.text().isBlank()) {
        notes.add(
            new ReadNote(
                e.getKey(),
                ReadNote.Code.CLIPPED,
                "the writing runs into the right end of the box for "
                    + e.getKey().label()
                    + " on the scan, where the form cuts off what does not fit; the value read may be"
                    + " only its start"));
      }
      boolean hasSomething = e.getKey().kind() == I9Field.Kind.CHECKBOX || !r.text().isBlank();
      if (hasSomething && !Confidence.confident(r.confidence())) {
        low.add(e.getKey());
      }
    }
    return new I9Form(edition, source, s1, s2, a, b, notes, low);
  }

  /**
   * "Document Title 1" is one AcroForm field shown both as List A document 1 (page 1) and
   * Supplement B row 2 (page 4). The title goes where the rest of a document was entered; if both
   * or neither have other entries it stays with List A and Supplement B gets it only when its row
   * is in use.
   */
  private void resolveSharedDocumentTitle() {
    FieldReading listA = reading(LIST_A_1_TITLE);
    FieldReading supB = reading(REVERIFICATION_2_DOCUMENT_TITLE);
    if (listA.text().isBlank() && supB.text().isBlank()) {
      return;
    }
    boolean listAUsed = anyText(LIST_A_1_ISSUER, LIST_A_1_NUMBER, LIST_A_1_EXPIRY);
    boolean supBUsed =
        anyText(
            REVERIFICATION_2_DOCUMENT_NUMBER,
            REVERIFICATION_2_EXPIRY,
            REVERIFICATION_2_REHIRE_DATE,
            REVERIFICATION_2_EMPLOYER_NAME,
            REVERIFICATION_2_SIGNED_ON);
    if (supBUsed && !listAUsed) {
      readings.remove(LIST_A_1_TITLE);
      note(
          LIST_A_1_TITLE,
          "the shared field 'Document Title 1' was attributed to Supplement B row 2, whose other entries are filled");
    } else if (!supBUsed) {
      readings.remove(REVERIFICATION_2_DOCUMENT_TITLE);
    } else {
      note(
          REVERIFICATION_2_DOCUMENT_TITLE,
          "the shared field 'Document Title 1' holds one title for both List A document 1 and Supplement B row 2; check the paper form");
    }
  }

  /** Supplement A row 2 has no first-name field: its box is a second view of the last name. */
  private void resolveMissingPreparerFirstName() {
    FieldReading first = reading(PREPARER_2_FIRST_NAME);
    FieldReading last = reading(PREPARER_2_LAST_NAME);
    if (source == Source.FORM_FIELD || first.text().strip().equalsIgnoreCase(last.text().strip())) {
      readings.remove(PREPARER_2_FIRST_NAME);
      if (!last.text().isBlank()) {
        readings.put(PREPARER_2_FIRST_NAME, FieldReading.certain(""));
        notes.add(
            new ReadNote(
                PREPARER_2_FIRST_NAME,
                ReadNote.Code.NO_FIELD_ON_FORM,
                "the form has no field for the first name of preparer 2; ask for it on paper"));
      }
    }
  }

  private Section1 section1() {
    PersonName name =
        new PersonName(v(LAST_NAME), v(FIRST_NAME), v(MIDDLE_INITIAL), v(OTHER_LAST_NAMES));
    Address address = new Address(v(STREET), v(APT), v(CITY), v(STATE), v(ZIP));
    FieldReading ssn = reading(SSN);
    Attestation att =
        new Attestation(
            box(BOX_US_CITIZEN),
            box(BOX_NONCITIZEN_NATIONAL),
            box(BOX_LAWFUL_PERMANENT_RESIDENT),
            box(BOX_AUTHORIZED_ALIEN),
            v(LPR_USCIS_OR_A_NUMBER),
            v(WORK_AUTHORIZATION_EXPIRY),
            v(ALIEN_USCIS_OR_A_NUMBER),
            v(I94_NUMBER),
            v(FOREIGN_PASSPORT));
    return new Section1(
        name,
        address,
        v(DATE_OF_BIRTH),
        Ssn.of(ssn.text(), source, ssn.confidence()),
        v(EMAIL),
        v(PHONE),
        att,
        v(EMPLOYEE_SIGNATURE),
        v(EMPLOYEE_SIGNED_ON));
  }

  private Section2 section2() {
    List<DocumentEntry> listA = new ArrayList<>();
    I9Field[][] a = {
      {LIST_A_1_TITLE, LIST_A_1_ISSUER, LIST_A_1_NUMBER, LIST_A_1_EXPIRY},
      {LIST_A_2_TITLE, LIST_A_2_ISSUER, LIST_A_2_NUMBER, LIST_A_2_EXPIRY},
      {LIST_A_3_TITLE, LIST_A_3_ISSUER, LIST_A_3_NUMBER, LIST_A_3_EXPIRY}
    };
    for (int i = 0; i < a.length; i++) {
      doc(DocumentList.A, i + 1, a[i]).ifPresent(listA::add);
    }
    return new Section2(
        listA,
        doc(
            DocumentList.B,
            1,
            new I9Field[] {LIST_B_TITLE, LIST_B_ISSUER, LIST_B_NUMBER, LIST_B_EXPIRY}),
        doc(
            DocumentList.C,
            1,
            new I9Field[] {LIST_C_TITLE, LIST_C_ISSUER, LIST_C_NUMBER, LIST_C_EXPIRY}),
        v(ADDITIONAL_INFORMATION),
        box(ALTERNATIVE_PROCEDURE),
        v(FIRST_DAY_OF_EMPLOYMENT),
        v(EMPLOYER_NAME_AND_TITLE),
        v(EMPLOYER_SIGNATURE),
        v(EMPLOYER_SIGNED_ON),
        v(BUSINESS_NAME),
        v(BUSINESS_ADDRESS));
  }

  private Optional<DocumentEntry> doc(DocumentList list, int slot, I9Field[] f) {
    DocumentEntry e = new DocumentEntry(list, slot, v(f[0]), v(f[1]), v(f[2]), v(f[3]));
    return e.isBlank() ? Optional.empty() : Optional.of(e);
  }

  private SupplementA supplementA() {
    List<PreparerRow> rows = new ArrayList<>();
    for (int row = 1; row <= 4; row++) {
      String p = "PREPARER_" + row + "_";
      PreparerRow r =
          new PreparerRow(
              row,
              v(p + "SIGNATURE"),
              v(p + "SIGNED_ON"),
              v(p + "LAST_NAME"),
              v(p + "FIRST_NAME"),
              v(p + "MIDDLE_INITIAL"),
              v(p + "STREET"),
              v(p + "CITY"),
              v(p + "STATE"),
              v(p + "ZIP"));
      if (anyText(p)) {
        rows.add(r);
      }
    }
    return new SupplementA(v(SUPA_LAST_NAME), v(SUPA_FIRST_NAME), v(SUPA_MIDDLE_INITIAL), rows);
  }

  private SupplementB supplementB() {
    List<ReverificationRow> rows = new ArrayList<>();
    for (int row = 1; row <= 3; row++) {
      String p = "REVERIFICATION_" + row + "_";
      ReverificationRow r =
          new ReverificationRow(
              row,
              v(p + "REHIRE_DATE"),
              v(p + "NEW_LAST_NAME"),
              v(p + "NEW_FIRST_NAME"),
              v(p + "NEW_MIDDLE_INITIAL"),
              v(p + "DOCUMENT_TITLE"),
              v(p + "DOCUMENT_NUMBER"),
              v(p + "EXPIRY"),
              v(p + "EMPLOYER_NAME"),
              v(p + "EMPLOYER_SIGNATURE"),
              v(p + "SIGNED_ON"),
              v(p + "ADDITIONAL_INFORMATION"),
              box(I9Field.valueOf(p + "ALTERNATIVE_PROCEDURE")));
      if (anyText(p) || r.alternativeProcedure().checked()) {
        rows.add(r);
      }
    }
    return new SupplementB(v(SUPB_LAST_NAME), v(SUPB_FIRST_NAME), v(SUPB_MIDDLE_INITIAL), rows);
  }

  private boolean anyText(String prefix) {
    for (I9Field f : I9Field.values()) {
      if (f.name().startsWith(prefix)
          && f.kind() != I9Field.Kind.CHECKBOX
          && !reading(f).text().isBlank()) {
        return true;
      }
    }
    return false;
  }

  private boolean anyText(I9Field... fields) {
    for (I9Field f : fields) {
      if (!reading(f).text().isBlank()) {
        return true;
      }
    }
    return false;
  }

  private void note(I9Field field, String message) {
    notes.add(new ReadNote(field, ReadNote.Code.SHARED_FIELD, message));
  }

  private FieldReading reading(I9Field f) {
    return readings.getOrDefault(f, FieldReading.certain(""));
  }

  private FieldValue v(String name) {
    return v(I9Field.valueOf(name));
  }

  private FieldValue v(I9Field f) {
    FieldReading r = reading(f);
    return new FieldValue(f, r.text(), source, r.confidence());
  }

  private CheckBox box(I9Field f) {
    FieldReading r = reading(f);
    return new CheckBox(f, r.isChecked(), source, r.confidence());
  }
}
