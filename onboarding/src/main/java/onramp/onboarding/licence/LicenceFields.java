package onramp.onboarding.licence;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import onramp.documents.Evidence;
import onramp.onboarding.casefile.DriverLicence;

/**
 * The {@code fields.dl} object of a decision line: every key holds the plain value (ISO dates), and
 * {@code evidence} holds, per key, its source and confidence and the front's reading. {@code
 * barcodeRepairs} (value and evidence) lists how a damaged barcode envelope was read, when it was.
 */
public final class LicenceFields {
  private LicenceFields() {}

  public static Map<String, Object> of(LicenceRead read) {
    Map<String, Object> out = new LinkedHashMap<>();
    Map<String, Object> evidence = new LinkedHashMap<>();
    read.licence()
        .ifPresent(
            dl -> {
              put(out, evidence, "jurisdiction", Optional.of(dl.jurisdiction()));
              put(out, evidence, "iin", Optional.of(dl.iin()));
              put(out, evidence, "aamvaVersion", Optional.of(dl.aamvaVersion()));
              put(out, evidence, "licenseNumber", Optional.of(dl.licenseNumber()));
              put(out, evidence, "lastName", Optional.of(dl.name().last()));
              put(out, evidence, "firstName", Optional.of(dl.name().first()));
              put(out, evidence, "middleName", dl.name().middle());
              put(out, evidence, "dateOfBirth", Optional.of(dl.dateOfBirth()));
              put(out, evidence, "issueDate", dl.issueDate());
              put(out, evidence, "expirationDate", Optional.of(dl.expirationDate()));
              put(out, evidence, "sex", Optional.of(dl.sex()));
              put(out, evidence, "heightInches", dl.heightInches());
              put(out, evidence, "licenseClass", Optional.of(dl.licenseClass()));
              put(out, evidence, "endorsements", Optional.of(dl.endorsements()));
              put(out, evidence, "restrictions", Optional.of(dl.restrictions()));
              DriverLicence.Address a = dl.address().value();
              Map<String, Object> address = new LinkedHashMap<>();
              address.put("street", a.street());
              address.put("city", a.city());
              address.put("state", a.state());
              address.put("postalCode", a.postalCode());
              out.put("address", address);
              evidence.put("address", describe(dl.address()));
              if (!dl.barcodeRepairs().isEmpty()) {
                // How the barcode's envelope was read where it departed from the standard ("version
                // 11 read as 10").
                out.put("barcodeRepairs", dl.barcodeRepairs());
                Map<String, Object> repairs = new LinkedHashMap<>();
                repairs.put("source", "barcode");
                repairs.put("repairs", dl.barcodeRepairs());
                evidence.put("barcodeRepairs", repairs);
              }
            });
    read.front()
        .fields()
        .forEach(
            (field, value) -> {
              String key = FrontBackRule.fieldName(field);
              @SuppressWarnings("unchecked")
              Map<String, Object> e =
                  (Map<String, Object>) evidence.computeIfAbsent(key, k -> new LinkedHashMap<>());
              Map<String, Object> front = describe(value);
              front.put("value", value.value());
              e.put("front", front);
            });
    if (!evidence.isEmpty()) {
      out.put("evidence", evidence);
    }
    return out;
  }

  private static void put(
      Map<String, Object> out,
      Map<String, Object> evidence,
      String key,
      Optional<? extends Evidence<?>> value) {
    value.ifPresent(
        v -> {
          Object plain = v.value();
          out.put(
              key, plain instanceof Number || plain instanceof Boolean ? plain : plain.toString());
          evidence.put(key, describe(v));
        });
  }

  private static Map<String, Object> describe(Evidence<?> e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("source", e.source().name().toLowerCase(Locale.ROOT).replace('_', '-'));
    m.put("confidence", Math.round(e.confidence() * 1000) / 1000.0);
    return m;
  }
}
