package onramp.onboarding.corpus;

import java.util.LinkedHashMap;
import java.util.Map;
import onramp.documents.aamva.AamvaLicence;
import onramp.documents.i9.I9Field;
import onramp.documents.synthetic.FrontContent;

/** {@code truth.json}: the expected decision and reasons, and the true value of every field. */
final class Truth {
  private Truth() {}

  /**
   * How the licence front was printed: the corpus split, "classic" or "specimen", and the layout.
   */
  record Rendering(String split, String frontRenderer, String frontLayout) {}

  static Map<String, Object> of(Draft d, FrontContent front, Rendering rendering) {
    Map<String, Object> t = new LinkedHashMap<>();
    t.put("scenario", d.scenario.name());
    t.put("decision", d.expected.name());
    t.put("reasons", CorpusWriter.codes(d.codes));
    t.put("split", rendering.split());
    t.put("frontRenderer", rendering.frontRenderer());
    t.put("frontLayout", rendering.frontLayout());
    // The harder of the two licence photos: what the decision had to get past.
    t.put(
        "photo",
        (d.frontSeverity.compareTo(d.backSeverity) >= 0 ? d.frontSeverity : d.backSeverity).name());
    t.put("frontPhoto", d.frontSeverity.name());
    t.put("backPhoto", d.backSeverity.name());
    d.i9.ifPresent(
        c -> {
          t.put("i9Mode", d.i9Mode.name());
          // Where the evaluation scores the I-9's fields when the verifier reports none of them.
          t.put("i9Source", d.i9Mode == Draft.I9Mode.FILLABLE ? "form-field" : "scan-ocr");
        });
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("dl", licence(d.licence));
    t.put(
        "barcodeReadable",
        d.scenario != Scenario.TAMPERED_BARCODE
            && d.scenario != Scenario.UNREADABLE_BARCODE
            && d.scenario != Scenario.CORRUPT_IMAGE);
    fields.put("dlFront", front(front));
    d.i9.ifPresent(
        c -> {
          Map<String, Object> i9 = new LinkedHashMap<>();
          c.get(I9Field.LAST_NAME).ifPresent(v -> i9.put("lastName", v));
          c.get(I9Field.FIRST_NAME).ifPresent(v -> i9.put("firstName", v));
          c.get(I9Field.DATE_OF_BIRTH).ifPresent(v -> i9.put("dateOfBirth", iso(v)));
          c.get(I9Field.SSN).ifPresent(v -> i9.put("ssnLast4", v.substring(v.length() - 4)));
          c.get(I9Field.EMPLOYEE_SIGNED_ON).ifPresent(v -> i9.put("section1SignedOn", iso(v)));
          c.get(I9Field.FIRST_DAY_OF_EMPLOYMENT)
              .ifPresent(v -> i9.put("firstDayOfEmployment", iso(v)));
          c.get(I9Field.EMPLOYER_SIGNED_ON).ifPresent(v -> i9.put("section2SignedOn", iso(v)));
          fields.put("i9", i9);
        });
    t.put("fields", fields);
    return t;
  }

  private static Map<String, Object> licence(AamvaLicence l) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("jurisdiction", l.jurisdiction().code());
    m.put("licenseNumber", l.licenseNumber());
    m.put("lastName", l.lastName());
    m.put("firstName", l.firstName());
    l.middleName().ifPresent(v -> m.put("middleName", v));
    m.put("dateOfBirth", l.dateOfBirth().toString());
    l.issueDate().ifPresent(v -> m.put("issueDate", v.toString()));
    m.put("expirationDate", l.expirationDate().toString());
    m.put("licenseClass", l.licenseClass());
    m.put("endorsements", l.endorsements());
    return m;
  }

  private static Map<String, Object> front(FrontContent f) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("licenseNumber", f.licenceNumber());
    m.put("lastName", f.lastName());
    m.put("firstName", f.firstName());
    m.put("dateOfBirth", f.dateOfBirth().toString());
    m.put("issueDate", f.issueDate().toString());
    m.put("expirationDate", f.expirationDate().toString());
    m.put("sex", f.sex());
    m.put("heightInches", String.valueOf(f.heightInches()));
    m.put("licenseClass", f.licenseClass());
    return m;
  }

  /** MM/dd/yyyy as the corpus writes form dates → ISO. */
  private static String iso(String formDate) {
    return java.time.LocalDate.parse(formDate, Drafts.FORM_DATE).toString();
  }
}
