package onramp.documents.aamva;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import onramp.documents.aamva.AamvaDates.Order;
import onramp.documents.aamva.AamvaFormatException.Problem;

/** Turns the DL/ID subfile's raw elements into an {@link AamvaLicence}. */
final class LicenceReader {
  private final Map<String, String> dl;
  private final List<String> warnings;

  private LicenceReader(Map<String, String> dl, List<String> warnings) {
    this.dl = dl;
    this.warnings = warnings;
  }

  /** What the header and the scan established before the fields are read. */
  record Context(Header header, Jurisdiction jurisdiction, String documentType) {}

  static AamvaLicence read(
      Context context, Map<String, String> dl, Map<String, String> all, List<String> warnings) {
    return new LicenceReader(dl, warnings).read(context, all);
  }

  private AamvaLicence read(Context context, Map<String, String> all) {
    Header header = context.header();
    Jurisdiction jurisdiction = context.jurisdiction();
    Names names = Names.from(dl);
    String number =
        Names.clean(dl.get("DAQ"))
            .orElseThrow(
                () ->
                    new AamvaFormatException(
                        Problem.MISSING_MANDATORY_ELEMENT,
                        "barcode has no licence number (DAQ); the scan may be cut short, rescan the barcode"));
    Order order = AamvaDates.expectedOrder(header.version(), jurisdiction.country());
    LocalDate birth =
        date("DBB", "date of birth", order).orElseThrow(() -> missing("date of birth (DBB)"));
    LocalDate expiry =
        date("DBA", "expiration date", order).orElseThrow(() -> missing("expiration date (DBA)"));
    Optional<LocalDate> issue = date("DBD", "issue date", order);
    checkOrder(birth, issue, expiry);
    AamvaLicence.Builder b =
        AamvaLicence.builder()
            .iin(header.iin())
            .jurisdiction(jurisdiction)
            .aamvaVersion(header.version())
            .jurisdictionVersion(header.jurisdictionVersion().orElse(0))
            .documentType(context.documentType())
            .licenseNumber(number)
            .lastName(names.last())
            .firstName(names.first())
            .lastNameTruncation(truncation("DDE"))
            .firstNameTruncation(truncation("DDF"))
            .middleNameTruncation(truncation("DDG"))
            .dateOfBirth(birth)
            .expirationDate(expiry)
            .sex(sex())
            .address(address(jurisdiction))
            .licenseClass(codes("DCA", "DAR"))
            .restrictions(codes("DCB", "DAS"))
            .endorsements(codes("DCD", "DAT"))
            .elements(all);
    names.middle().ifPresent(b::middleName);
    names.suffix().ifPresent(b::suffix);
    issue.ifPresent(b::issueDate);
    height().ifPresent(b::height);
    value("DAY").flatMap(EyeColors::normalise).ifPresent(b::eyeColor);
    Names.cleanNone(dl.get("DCF")).ifPresent(b::documentDiscriminator);
    Names.cleanNone(dl.get("DCJ")).ifPresent(b::auditInformation);
    return b.warnings(warnings).build();
  }

  private Optional<LocalDate> date(String id, String label, Order order) {
    return value(id)
        .filter(v -> !v.isBlank())
        .map(v -> AamvaDates.parse(id, label, v, order, warnings));
  }

  private void checkOrder(LocalDate birth, Optional<LocalDate> issue, LocalDate expiry) {
    if (!birth.isBefore(expiry)) {
      warnings.add("date of birth (DBB) is not before the expiration date (DBA)");
    }
    issue.ifPresent(
        i -> {
          if (i.isBefore(birth)) {
            warnings.add("issue date (DBD) is before the date of birth (DBB)");
          }
          if (i.isAfter(expiry)) {
            warnings.add("issue date (DBD) is after the expiration date (DBA)");
          }
        });
  }

  private Sex sex() {
    Optional<String> code = value("DBC").map(String::trim).filter(s -> !s.isEmpty());
    if (code.isEmpty()) {
      warnings.add("barcode has no sex (DBC); read as not specified");
      return Sex.NOT_SPECIFIED;
    }
    return Sex.fromCode(code.get())
        .orElseThrow(
            () ->
                new AamvaFormatException(
                    Problem.INVALID_ELEMENT,
                    "sex (DBC) is not one of the codes 1, 2, 9, M or F; the barcode is damaged or not a licence"));
  }

  private Optional<Height> height() {
    Optional<String> raw = value("DAU").filter(s -> !s.isBlank());
    if (raw.isPresent()) {
      Optional<Height> height = Height.parse(raw.get());
      if (height.isEmpty()) {
        warnings.add("height (DAU) is not a height in inches or centimetres; ignored");
      }
      return height;
    }
    return value("DAV").flatMap(v -> Height.parse(v.trim() + " cm"));
  }

  private Address address(Jurisdiction jurisdiction) {
    String street = first("DAG", "DAL").orElse("");
    String city = first("DAI", "DAN").orElse("");
    if (street.isEmpty() || city.isEmpty()) {
      warnings.add("barcode has no street (DAG) or city (DAI)");
    }
    String state = first("DAJ", "DAO").orElse(jurisdiction.code());
    String postal = PostalCodes.normalise(first("DAK", "DAP").orElse(""), warnings);
    Country country =
        value("DCG").filter(s -> !s.isBlank()).map(Country::parse).orElse(jurisdiction.country());
    Optional<String> street2 =
        Names.cleanNone(dl.get("DAH")).or(() -> Names.cleanNone(dl.get("DAM")));
    return new Address(street, street2, city, state, postal, country);
  }

  /** Class, restrictions, endorsements: trimmed, NONE read as none. */
  private String codes(String id, String version01Id) {
    return Names.cleanNone(dl.get(id)).or(() -> Names.cleanNone(dl.get(version01Id))).orElse("");
  }

  private Truncation truncation(String id) {
    return value(id).map(Truncation::fromCode).orElse(Truncation.UNKNOWN);
  }

  private Optional<String> first(String id, String fallbackId) {
    return Names.clean(dl.get(id)).or(() -> Names.clean(dl.get(fallbackId)));
  }

  private Optional<String> value(String id) {
    return Optional.ofNullable(dl.get(id));
  }

  private static AamvaFormatException missing(String what) {
    return new AamvaFormatException(
        Problem.MISSING_MANDATORY_ELEMENT,
        "barcode has no " + what + "; the scan may be cut short, rescan the barcode");
  }
}
