package onramp.onboarding.i9;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import onramp.documents.i9.DocumentEntry;
import onramp.documents.i9.FieldValue;
import onramp.documents.i9.I9Form;
import onramp.documents.i9.ReadNote;
import onramp.documents.i9.Section1;
import onramp.documents.i9.Section2;

/**
 * The {@code fields.i9} object of a decision line. Dates are ISO where they parse, raw text where
 * they do not; the SSN appears only as its last four digits. {@code lowConfidence} lists the fields
 * read unsure, {@code clipped} those whose writing runs into the end of its box on a scan.
 */
public final class I9Fields {
  private I9Fields() {}

  public static Map<String, Object> of(Optional<I9Form> form) {
    Map<String, Object> out = new LinkedHashMap<>();
    form.ifPresent(
        f -> {
          Section1 s1 = f.section1();
          Section2 s2 = f.section2();
          out.put("source", f.source().name().toLowerCase(Locale.ROOT).replace('_', '-'));
          out.put("edition", f.edition().printed());
          text(out, "lastName", s1.name().last());
          text(out, "firstName", s1.name().first());
          text(out, "middleInitial", s1.name().middleInitial());
          text(out, "otherLastNames", s1.name().otherLastNames());
          date(out, "dateOfBirth", s1.dateOfBirth());
          s1.ssn().last4().ifPresent(l -> out.put("ssnLast4", l));
          text(out, "email", s1.email());
          text(out, "phone", s1.phone());
          Map<String, Object> address = new LinkedHashMap<>();
          text(address, "street", s1.address().street());
          text(address, "apt", s1.address().apt());
          text(address, "city", s1.address().city());
          text(address, "state", s1.address().state());
          text(address, "postalCode", s1.address().zip());
          out.put("address", address);
          s1.attestation().citizenship().ifPresent(c -> out.put("citizenship", c.name()));
          date(out, "workAuthorizationExpiry", s1.attestation().workAuthorizationExpiry());
          date(out, "section1SignedOn", s1.signedOn());
          date(out, "firstDayOfEmployment", s2.firstDayOfEmployment());
          date(out, "section2SignedOn", s2.signedOn());
          out.put("documents", documents(s2.documents()));
          if (!f.lowConfidence().isEmpty()) {
            out.put("lowConfidence", f.lowConfidence().stream().map(Enum::name).toList());
          }
          List<String> clipped =
              f.notes().stream()
                  .filter(n -> n.code() == ReadNote.Code.CLIPPED)
                  .map(n -> n.field().name())
                  .toList();
          if (!clipped.isEmpty()) {
            // Values that run into the end of their box on the scan and may be cut off there.
            out.put("clipped", clipped);
          }
        });
    return out;
  }

  private static List<Map<String, Object>> documents(List<DocumentEntry> entries) {
    return entries.stream()
        .filter(e -> !e.isBlank())
        .map(
            e -> {
              Map<String, Object> m = new LinkedHashMap<>();
              m.put("list", e.list().name());
              text(m, "title", e.title());
              text(m, "issuingAuthority", e.issuingAuthority());
              text(m, "number", e.number());
              date(m, "expirationDate", e.expirationDate());
              return m;
            })
        .toList();
  }

  private static void text(Map<String, Object> out, String key, FieldValue v) {
    if (!v.isBlank()) {
      out.put(key, v.isNotApplicable() ? "N/A" : v.text());
    }
  }

  private static void date(Map<String, Object> out, String key, FieldValue v) {
    if (!v.isBlank()) {
      out.put(key, v.date().map(Object::toString).orElse(v.isNotApplicable() ? "N/A" : v.text()));
    }
  }
}
