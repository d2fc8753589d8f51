package onramp.documents.aamva;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import onramp.documents.aamva.AamvaDates.Order;

/**
 * Writes a well-formed AAMVA payload (version 08–10, default 10) for the synthetic corpus: the
 * header with correct subfile offsets and lengths, LF between elements, CR after each subfile. Raw
 * elements of the licence that no typed field covers are written too when the target version
 * defines them (Z elements in their own subfile), so {@code AamvaParser.parse(encode(x))} gives
 * back x's fields.
 */
public final class AamvaEncoder {
  private static final String PREFIX = "@\n\u001e\rANSI ";
  private static final int FIRST_VERSION = 8;

  private AamvaEncoder() {}

  public static String encode(AamvaLicence licence) {
    int version =
        licence.aamvaVersion() >= FIRST_VERSION && licence.aamvaVersion() <= Header.LATEST_VERSION
            ? licence.aamvaVersion()
            : Header.LATEST_VERSION;
    Map<String, String> dl = typedElements(licence);
    Map<String, Map<String, String>> z = new LinkedHashMap<>();
    licence
        .elements()
        .forEach(
            (id, value) -> {
              if (id.startsWith("Z") && id.length() == 3) {
                z.computeIfAbsent(id.substring(0, 2), k -> new LinkedHashMap<>()).put(id, value);
              } else if (ElementIds.forVersion(version).contains(id)) {
                dl.putIfAbsent(id, value);
              }
            });
    List<String> subfiles = new ArrayList<>();
    List<String> types = new ArrayList<>();
    types.add(licence.documentType().equals("ID") ? "ID" : "DL");
    subfiles.add(subfile(types.get(0), dl));
    z.forEach(
        (type, elements) -> {
          types.add(type);
          subfiles.add(subfile(type, elements));
        });
    StringBuilder out =
        new StringBuilder(PREFIX)
            .append(licence.iin())
            .append(
                String.format(
                    "%02d%02d%02d",
                    version, licence.jurisdictionVersion().orElse(0) % 100, subfiles.size()));
    int offset = out.length() + 10 * subfiles.size();
    for (int i = 0; i < subfiles.size(); i++) {
      out.append(types.get(i)).append(String.format("%04d%04d", offset, subfiles.get(i).length()));
      offset += subfiles.get(i).length();
    }
    subfiles.forEach(out::append);
    return out.toString();
  }

  private static String subfile(String type, Map<String, String> elements) {
    StringBuilder s = new StringBuilder(type);
    List<String> lines = new ArrayList<>();
    elements.forEach((id, value) -> lines.add(id + value));
    return s.append(String.join("\n", lines)).append('\r').toString();
  }

  private static Map<String, String> typedElements(AamvaLicence l) {
    Address a = l.address();
    Order order =
        a.country() == Country.CANADA || l.jurisdiction().country() == Country.CANADA
            ? Order.CCYYMMDD
            : Order.MMDDCCYY;
    Map<String, String> e = new LinkedHashMap<>();
    e.put("DAQ", l.licenseNumber());
    e.put("DCA", noneIfEmpty(l.licenseClass()));
    e.put("DCB", noneIfEmpty(l.restrictions()));
    e.put("DCD", noneIfEmpty(l.endorsements()));
    e.put("DBA", AamvaDates.format(l.expirationDate(), order));
    e.put("DCS", l.lastName());
    e.put("DAC", l.firstName());
    e.put("DAD", l.middleName().map(m -> m.replace(' ', ',')).orElse("NONE"));
    l.issueDate().ifPresent(d -> e.put("DBD", AamvaDates.format(d, order)));
    e.put("DBB", AamvaDates.format(l.dateOfBirth(), order));
    e.put("DBC", l.sex().code());
    l.eyeColor().ifPresent(c -> e.put("DAY", c));
    l.height().ifPresent(h -> e.put("DAU", h.code()));
    e.put("DAG", a.street());
    a.street2().ifPresent(s -> e.put("DAH", s));
    e.put("DAI", a.city());
    e.put("DAJ", a.state());
    e.put("DAK", PostalCodes.encode(a.postalCode()));
    l.documentDiscriminator().ifPresent(d -> e.put("DCF", d));
    e.put("DCG", a.country().code());
    e.put("DDE", l.lastNameTruncation().code());
    e.put("DDF", l.firstNameTruncation().code());
    e.put("DDG", l.middleNameTruncation().code());
    l.suffix().ifPresent(s -> e.put("DCU", s));
    l.auditInformation().ifPresent(d -> e.put("DCJ", d));
    return e;
  }

  private static String noneIfEmpty(String codes) {
    return codes.isEmpty() ? "NONE" : codes;
  }
}
