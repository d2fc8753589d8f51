package onramp.documents.aamva;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The typed content of an AAMVA DL/ID barcode. Text fields are trimmed; {@link #elements()} keeps
 * every raw element (including jurisdiction-specific Z elements) exactly as read; {@link
 * #warnings()} lists what the parser had to tolerate; {@link #repairs()} lists where the envelope
 * (header, designators, separators) departed from the standard and how it was read instead, e.g.
 * "version 11 read as 10". Build one with {@link #builder()}.
 *
 * @param iin the six-digit issuer identification number from the header
 * @param jurisdictionVersion empty for version 01, which has no such field
 * @param documentType {@code DL} or {@code ID}
 * @param middleName all middle names, space-joined
 * @param licenseClass DCA (DAR in version 01), may be empty
 * @param restrictions DCB (DAS), {@code NONE} read as empty
 * @param endorsements DCD (DAT), {@code NONE} read as empty
 * @param eyeColor the ANSI D-20 code, e.g. {@code BRO}
 */
public record AamvaLicence(
    String iin,
    Jurisdiction jurisdiction,
    int aamvaVersion,
    Optional<Integer> jurisdictionVersion,
    String documentType,
    String licenseNumber,
    String lastName,
    String firstName,
    Optional<String> middleName,
    Optional<String> suffix,
    Truncation lastNameTruncation,
    Truncation firstNameTruncation,
    Truncation middleNameTruncation,
    LocalDate dateOfBirth,
    Optional<LocalDate> issueDate,
    LocalDate expirationDate,
    Sex sex,
    Optional<Height> height,
    Optional<String> eyeColor,
    Address address,
    String licenseClass,
    String restrictions,
    String endorsements,
    Optional<String> documentDiscriminator,
    Optional<String> auditInformation,
    Map<String, String> elements,
    List<String> warnings,
    List<String> repairs) {

  public AamvaLicence {
    Objects.requireNonNull(iin, "iin");
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    Objects.requireNonNull(jurisdictionVersion, "jurisdictionVersion");
    Objects.requireNonNull(documentType, "documentType");
    Objects.requireNonNull(licenseNumber, "licenseNumber");
    Objects.requireNonNull(lastName, "lastName");
    Objects.requireNonNull(firstName, "firstName");
    Objects.requireNonNull(middleName, "middleName");
    Objects.requireNonNull(suffix, "suffix");
    Objects.requireNonNull(lastNameTruncation, "lastNameTruncation");
    Objects.requireNonNull(firstNameTruncation, "firstNameTruncation");
    Objects.requireNonNull(middleNameTruncation, "middleNameTruncation");
    Objects.requireNonNull(dateOfBirth, "dateOfBirth");
    Objects.requireNonNull(issueDate, "issueDate");
    Objects.requireNonNull(expirationDate, "expirationDate");
    Objects.requireNonNull(sex, "sex");
    Objects.requireNonNull(height, "height");
    Objects.requireNonNull(eyeColor, "eyeColor");
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(licenseClass, "licenseClass");
    Objects.requireNonNull(restrictions, "restrictions");
    Objects.requireNonNull(endorsements, "endorsements");
    Objects.requireNonNull(documentDiscriminator, "documentDiscriminator");
    Objects.requireNonNull(auditInformation, "auditInformation");
    elements = Collections.unmodifiableMap(new LinkedHashMap<>(elements));
    warnings = List.copyOf(warnings);
    repairs = List.copyOf(repairs);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this licence's values, to derive a variant. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Builds a licence field by field; defaults: version 10, DL, not-truncated names, no options. */
  public static final class Builder {
    private String iin = "";
    private Jurisdiction jurisdiction = new Jurisdiction("", "", Country.OTHER);
    private int aamvaVersion = 10;
    private int jurisdictionVersion;
    private String documentType = "DL";
    private String licenseNumber = "";
    private String lastName = "";
    private String firstName = "";
    private Optional<String> middleName = Optional.empty();
    private Optional<String> suffix = Optional.empty();
    private Truncation lastNameTruncation = Truncation.NOT_TRUNCATED;
    private Truncation firstNameTruncation = Truncation.NOT_TRUNCATED;
    private Truncation middleNameTruncation = Truncation.NOT_TRUNCATED;
    private LocalDate dateOfBirth = LocalDate.of(1990, 1, 1);
    private Optional<LocalDate> issueDate = Optional.empty();
    private LocalDate expirationDate = LocalDate.of(2030, 1, 1);
    private Sex sex = Sex.NOT_SPECIFIED;
    private Optional<Height> height = Optional.empty();
    private Optional<String> eyeColor = Optional.empty();
    private Address address = new Address("", Optional.empty(), "", "", "", Country.USA);
    private String licenseClass = "";
    private String restrictions = "";
    private String endorsements = "";
    private Optional<String> documentDiscriminator = Optional.empty();
    private Optional<String> auditInformation = Optional.empty();
    private Map<String, String> elements = Map.of();
    private List<String> warnings = List.of();
    private List<String> repairs = List.of();

    private Builder() {}

    private Builder(AamvaLicence l) {
      iin = l.iin;
      jurisdiction = l.jurisdiction;
      aamvaVersion = l.aamvaVersion;
      jurisdictionVersion = l.jurisdictionVersion.orElse(0);
      documentType = l.documentType;
      licenseNumber = l.licenseNumber;
      lastName = l.lastName;
      firstName = l.firstName;
      middleName = l.middleName;
      suffix = l.suffix;
      lastNameTruncation = l.lastNameTruncation;
      firstNameTruncation = l.firstNameTruncation;
      middleNameTruncation = l.middleNameTruncation;
      dateOfBirth = l.dateOfBirth;
      issueDate = l.issueDate;
      expirationDate = l.expirationDate;
      sex = l.sex;
      height = l.height;
      eyeColor = l.eyeColor;
      address = l.address;
      licenseClass = l.licenseClass;
      restrictions = l.restrictions;
      endorsements = l.endorsements;
      documentDiscriminator = l.documentDiscriminator;
      auditInformation = l.auditInformation;
      elements = l.elements;
      warnings = l.warnings;
      repairs = l.repairs;
    }

    /** Sets the jurisdiction and its IIN from the standard table, e.g. {@code "VA"}. */
    public Builder jurisdiction(String code) {
      IinTable table = IinTable.standard();
      Jurisdiction found =
          table
              .byCode(code)
              .orElseThrow(
                  () -> new IllegalArgumentException("no AAMVA jurisdiction with code " + code));
      this.jurisdiction = found;
      this.iin = table.iinOf(found).orElseThrow();
      return this;
    }

    public Builder iin(String iin) {
      this.iin = iin;
      return this;
    }

    public Builder jurisdiction(Jurisdiction jurisdiction) {
      this.jurisdiction = jurisdiction;
      return this;
    }

    public Builder aamvaVersion(int version) {
      this.aamvaVersion = version;
      return this;
    }

    public Builder jurisdictionVersion(int version) {
      this.jurisdictionVersion = version;
      return this;
    }

    public Builder documentType(String type) {
      this.documentType = type;
      return this;
    }

    public Builder licenseNumber(String number) {
      this.licenseNumber = number;
      return this;
    }

    public Builder lastName(String name) {
      this.lastName = name;
      return this;
    }

    public Builder firstName(String name) {
      this.firstName = name;
      return this;
    }

    public Builder middleName(String name) {
      this.middleName = Optional.of(name);
      return this;
    }

    public Builder suffix(String suffix) {
      this.suffix = Optional.of(suffix);
      return this;
    }

    public Builder lastNameTruncation(Truncation t) {
      this.lastNameTruncation = t;
      return this;
    }

    public Builder firstNameTruncation(Truncation t) {
      this.firstNameTruncation = t;
      return this;
    }

    public Builder middleNameTruncation(Truncation t) {
      this.middleNameTruncation = t;
      return this;
    }

    public Builder dateOfBirth(LocalDate date) {
      this.dateOfBirth = date;
      return this;
    }

    public Builder issueDate(LocalDate date) {
      this.issueDate = Optional.of(date);
      return this;
    }

    public Builder expirationDate(LocalDate date) {
      this.expirationDate = date;
      return this;
    }

    public Builder sex(Sex sex) {
      this.sex = sex;
      return this;
    }

    public Builder height(Height height) {
      this.height = Optional.of(height);
      return this;
    }

    public Builder eyeColor(String code) {
      this.eyeColor = Optional.of(code);
      return this;
    }

    public Builder address(Address address) {
      this.address = address;
      return this;
    }

    public Builder licenseClass(String value) {
      this.licenseClass = value;
      return this;
    }

    public Builder restrictions(String value) {
      this.restrictions = value;
      return this;
    }

    public Builder endorsements(String value) {
      this.endorsements = value;
      return this;
    }

    public Builder documentDiscriminator(String value) {
      this.documentDiscriminator = Optional.of(value);
      return this;
    }

    public Builder auditInformation(String value) {
      this.auditInformation = Optional.of(value);
      return this;
    }

    public Builder elements(Map<String, String> elements) {
      this.elements = elements;
      return this;
    }

    public Builder warnings(List<String> warnings) {
      this.warnings = warnings;
      return this;
    }

    public Builder repairs(List<String> repairs) {
      this.repairs = repairs;
      return this;
    }

    public AamvaLicence build() {
      return new AamvaLicence(
          iin,
          jurisdiction,
          aamvaVersion,
          aamvaVersion <= 1 ? Optional.empty() : Optional.of(jurisdictionVersion),
          documentType,
          licenseNumber,
          lastName,
          firstName,
          middleName,
          suffix,
          lastNameTruncation,
          firstNameTruncation,
          middleNameTruncation,
          dateOfBirth,
          issueDate,
          expirationDate,
          sex,
          height,
          eyeColor,
          address,
          licenseClass,
          restrictions,
          endorsements,
          documentDiscriminator,
          auditInformation,
          elements,
          warnings,
          repairs);
    }
  }
}
