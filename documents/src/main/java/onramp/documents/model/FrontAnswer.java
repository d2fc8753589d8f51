package onramp.documents.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import onramp.documents.Evidence;
import onramp.documents.Source;
import onramp.documents.front.FrontField;
import onramp.documents.front.PrintedFormats;
import onramp.documents.model.FieldSchema.Type;

/**
 * The licence-front schema and the check of the model's answer, field by field, the way user input
 * is checked. A value that is null, illegible or not in its field's format is dropped, never
 * repaired into something the card may not say. Values come out in the same normal form as {@link
 * onramp.documents.front.FrontReader}'s, so the barcode cross-check compares like with like.
 */
final class FrontAnswer {
  /** Confidence of a legible value in exactly the format asked for. */
  static final double EXACT = 0.9;

  /** Confidence of a legible value that was valid only after normalising (case, date layout). */
  static final double NORMALISED = 0.75;

  private static final Pattern LICENCE_NUMBER = Pattern.compile("[A-Z0-9 \\-]{4,20}");
  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z' .\\-]{0,39}");
  private static final Pattern DATE_TEXT = Pattern.compile("[0-9/.\\- ]{8,10}");
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern LICENCE_CLASS = Pattern.compile("[A-Z0-9]{1,3}");
  private static final Pattern CODES =
      Pattern.compile("NONE|[A-Z0-9]{1,3}(?:[ ,]+[A-Z0-9]{1,3}){0,5}");

  /** A value that passed its check; {@code exact} when no normalising was needed. */
  record Checked(String value, boolean exact) {}

  /** One schema field and the check that turns its raw text into a {@link FrontField} value. */
  record Spec(
      FrontField field, FieldSchema.Field schema, Function<String, Optional<Checked>> check) {}

  static final List<Spec> SPECS =
      List.of(
          spec(
              FrontField.LICENSE_NUMBER,
              "licenseNumber",
              Type.STRING,
              "the licence (DL) number exactly as printed, letters and digits",
              FrontAnswer::licenceNumber),
          spec(
              FrontField.LAST_NAME,
              "lastName",
              Type.STRING,
              "family name (AAMVA field 1)",
              FrontAnswer::name),
          spec(
              FrontField.FIRST_NAME,
              "firstName",
              Type.STRING,
              "first given name (field 2)",
              FrontAnswer::name),
          spec(
              FrontField.MIDDLE_NAME,
              "middleName",
              Type.STRING,
              "middle name(s) after the first given name; null if none is printed",
              FrontAnswer::name),
          spec(
              FrontField.DATE_OF_BIRTH,
              "dateOfBirth",
              Type.STRING,
              "date of birth as YYYY-MM-DD",
              FrontAnswer::date),
          spec(
              FrontField.ISSUE_DATE,
              "issueDate",
              Type.STRING,
              "issue date as YYYY-MM-DD",
              FrontAnswer::date),
          spec(
              FrontField.EXPIRATION_DATE,
              "expirationDate",
              Type.STRING,
              "expiration date as YYYY-MM-DD",
              FrontAnswer::date),
          spec(FrontField.SEX, "sex", Type.STRING, "sex as printed: M, F or X", FrontAnswer::sex),
          spec(
              FrontField.HEIGHT,
              "heightInches",
              Type.INTEGER,
              "height in total inches (5'-09\" is 69)",
              FrontAnswer::height),
          spec(
              FrontField.LICENSE_CLASS,
              "licenseClass",
              Type.STRING,
              "licence class, e.g. C or B",
              t -> codes(t, LICENCE_CLASS)),
          spec(
              FrontField.ENDORSEMENTS,
              "endorsements",
              Type.STRING,
              "endorsement codes as printed, e.g. P or NONE",
              t -> codes(t, CODES)),
          spec(
              FrontField.RESTRICTIONS,
              "restrictions",
              Type.STRING,
              "restriction codes as printed, e.g. B or NONE",
              t -> codes(t, CODES)));

  private FrontAnswer() {}

  static List<FieldSchema.Field> schemaFields() {
    return SPECS.stream().map(Spec::schema).toList();
  }

  /** The fields that are legible and valid, each with {@link Source#MODEL}. */
  static Map<FrontField, Evidence<String>> fields(JsonNode output) {
    Map<FrontField, Evidence<String>> out = new EnumMap<>(FrontField.class);
    for (Spec s : SPECS) {
      FieldSchema.legibleValue(output, s.schema().key())
          .flatMap(s.check())
          .ifPresent(
              c ->
                  out.put(
                      s.field(),
                      Evidence.of(c.value(), Source.MODEL, c.exact() ? EXACT : NORMALISED)));
    }
    return out;
  }

  static Optional<Checked> licenceNumber(String raw) {
    String upper = raw.toUpperCase(Locale.ROOT);
    if (!LICENCE_NUMBER.matcher(upper).matches()) {
      return Optional.empty();
    }
    String number = PrintedFormats.normaliseLicenceNumber(upper);
    return number.length() < 4
        ? Optional.empty()
        : Optional.of(new Checked(number, upper.equals(raw)));
  }

  static Optional<Checked> name(String raw) {
    if (!NAME.matcher(raw).matches()) {
      return Optional.empty();
    }
    String name = PrintedFormats.normaliseName(raw);
    return name.isEmpty() ? Optional.empty() : Optional.of(new Checked(name, name.equals(raw)));
  }

  static Optional<Checked> date(String raw) {
    if (!DATE_TEXT.matcher(raw).matches()) {
      return Optional.empty();
    }
    return PrintedFormats.parseDate(raw)
        .filter(d -> d.getYear() >= 1900 && d.getYear() <= 2100)
        .map(LocalDate::toString)
        .map(iso -> new Checked(iso, ISO_DATE.matcher(raw).matches()));
  }

  static Optional<Checked> sex(String raw) {
    if (!raw.chars().allMatch(Character::isLetter)) {
      return Optional.empty(); // the barcode's 1/2/9 codes are not what a card prints
    }
    return PrintedFormats.parseSex(raw).map(s -> new Checked(s, s.equals(raw)));
  }

  static Optional<Checked> height(String raw) {
    try {
      int inches = new BigDecimal(raw).intValueExact();
      return inches >= 48 && inches <= 96
          ? Optional.of(new Checked(Integer.toString(inches), true))
          : Optional.empty();
    } catch (NumberFormatException | ArithmeticException e) {
      return Optional.empty();
    }
  }

  private static Optional<Checked> codes(String raw, Pattern format) {
    String upper = raw.toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
    return format.matcher(upper).matches()
        ? Optional.of(new Checked(upper, upper.equals(raw)))
        : Optional.empty();
  }

  private static Spec spec(
      FrontField field,
      String key,
      Type type,
      String description,
      Function<String, Optional<Checked>> check) {
    return new Spec(field, new FieldSchema.Field(key, type, description), check);
  }
}
