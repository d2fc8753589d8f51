package onramp.documents.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import onramp.documents.i9.FieldReading;
import onramp.documents.i9.I9Field;
import onramp.documents.model.FieldSchema.Type;

/**
 * The schema for one page of a scanned Form I-9 and the check of the model's answer. Unlike the
 * licence front, an I-9 holds what people wrote, and a mistake on the form is itself evidence: a
 * legible date written as 13/45/2026 is kept as written, for the I-9 rules to flag, exactly as OCR
 * would report it. What is dropped is a value of the wrong shape for its box (letters in an SSN, a
 * word in a date box, a two-letter state that is not two letters), an illegible one, or an overlong
 * one: the model's transcription is checked, never completed.
 */
final class I9Answer {
  /**
   * Confidence of a legible value of the right shape (above {@link
   * onramp.documents.Confidence#CONFIDENT}).
   */
  static final double CONFIDENCE = 0.9;

  static final String FOOTER_KEY = "formFooter";

  private static final int MAX_TEXT = 120;
  private static final Pattern NOT_APPLICABLE = Pattern.compile("(?i)N/?A|-+");
  private static final Pattern PRINTABLE = Pattern.compile("[\\p{L}\\p{N}\\p{P}\\p{Zs}$+<=>^`|~]+");
  private static final Pattern STATE = Pattern.compile("[A-Z]{2}");
  private static final Pattern ZIP = Pattern.compile("\\d{5}(-\\d{4})?");
  private static final Pattern INITIAL = Pattern.compile("\\p{L}\\.?");
  private static final Pattern DATE = Pattern.compile("[0-9A-Za-z/.,\\- ]{4,20}");
  private static final Pattern PHONE = Pattern.compile("[0-9()+.\\- ]{7,20}");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");

  /** What a box on the form may hold. */
  enum Shape {
    CHECKBOX,
    STATE,
    SSN,
    ZIP,
    INITIAL,
    DATE,
    PHONE,
    EMAIL,
    TEXT
  }

  private I9Answer() {}

  static Shape shape(I9Field field) {
    String name = field.name();
    if (field.kind() == I9Field.Kind.CHECKBOX) {
      return Shape.CHECKBOX;
    }
    if (field.kind() == I9Field.Kind.CHOICE) {
      return Shape.STATE;
    }
    if (field == I9Field.SSN) {
      return Shape.SSN;
    }
    if (name.endsWith("ZIP")) {
      return Shape.ZIP;
    }
    if (name.endsWith("MIDDLE_INITIAL")) {
      return Shape.INITIAL;
    }
    if (name.contains("DATE")
        || name.endsWith("EXPIRY")
        || name.endsWith("SIGNED_ON")
        || name.startsWith("FIRST_DAY")) {
      return Shape.DATE;
    }
    return field == I9Field.PHONE ? Shape.PHONE : field == I9Field.EMAIL ? Shape.EMAIL : Shape.TEXT;
  }

  /** The fields printed on {@code page} (1-based), in form order. */
  static List<I9Field> fieldsOn(int page) {
    return Arrays.stream(I9Field.values()).filter(f -> f.page() == page).toList();
  }

  /** The schema key for a field, e.g. {@code listA1Title} for {@link I9Field#LIST_A_1_TITLE}. */
  static String key(I9Field field) {
    String[] parts = field.name().toLowerCase(Locale.ROOT).split("_", -1);
    StringBuilder key = new StringBuilder(parts[0]);
    for (int i = 1; i < parts.length; i++) {
      key.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
    }
    return key.toString();
  }

  static List<FieldSchema.Field> schemaFields(int page) {
    List<FieldSchema.Field> fields = new java.util.ArrayList<>();
    for (I9Field f : fieldsOn(page)) {
      Shape shape = shape(f);
      fields.add(
          new FieldSchema.Field(
              key(f), shape == Shape.CHECKBOX ? Type.BOOLEAN : Type.STRING, describe(f, shape)));
    }
    if (page == 1) {
      fields.add(
          new FieldSchema.Field(
              FOOTER_KEY,
              Type.STRING,
              "the form's printed footer line at the bottom of the page, e.g. 'Form I-9 Edition 01/20/25 Page 1 of 4'"));
    }
    return fields;
  }

  /** The legible fields of the right shape; blank boxes are left out. */
  static Map<I9Field, FieldReading> fields(JsonNode output, int page) {
    Map<I9Field, FieldReading> out = new EnumMap<>(I9Field.class);
    for (I9Field f : fieldsOn(page)) {
      Shape shape = shape(f);
      FieldSchema.legibleValue(output, key(f))
          .flatMap(text -> checked(shape, text))
          .ifPresent(
              text ->
                  out.put(
                      f,
                      shape == Shape.CHECKBOX
                          ? FieldReading.checkbox(Boolean.parseBoolean(text), CONFIDENCE)
                          : new FieldReading(text, CONFIDENCE)));
    }
    return out;
  }

  static Optional<String> footer(JsonNode output) {
    return FieldSchema.legibleValue(output, FOOTER_KEY).filter(t -> t.length() <= MAX_TEXT);
  }

  /** The value as it should be reported, if {@code text} has the shape of its box. */
  static Optional<String> checked(Shape shape, String text) {
    if (shape == Shape.CHECKBOX) {
      return text.equals("true") || text.equals("false") ? Optional.of(text) : Optional.empty();
    }
    if (text.length() > MAX_TEXT || !PRINTABLE.matcher(text).matches()) {
      return Optional.empty();
    }
    if (NOT_APPLICABLE.matcher(text).matches()) {
      return Optional.of(text);
    }
    boolean fits =
        switch (shape) {
          case STATE -> STATE.matcher(text).matches();
          case SSN -> text.matches("[0-9\\- ]{9,11}") && text.replaceAll("\\D", "").length() == 9;
          case ZIP -> ZIP.matcher(text).matches();
          case INITIAL -> INITIAL.matcher(text).matches();
          case DATE -> DATE.matcher(text).matches() && text.chars().anyMatch(Character::isDigit);
          case PHONE -> PHONE.matcher(text).matches();
          case EMAIL -> EMAIL.matcher(text).matches();
          case TEXT, CHECKBOX -> true;
        };
    return fits ? Optional.of(text) : Optional.empty();
  }

  private static String describe(I9Field f, Shape shape) {
    String hint =
        switch (shape) {
          case CHECKBOX -> "true if the box is checked";
          case STATE -> "two-letter state code as written";
          case SSN -> "the 9 digits as written";
          case ZIP -> "ZIP code as written";
          case INITIAL -> "one letter";
          case DATE -> "the date exactly as written (do not reformat or correct it)";
          default -> "exactly as written";
        };
    return shape == Shape.CHECKBOX
        ? f.label() + ": " + hint + ", false if it is empty"
        : f.label() + ": " + hint + "; N/A if the person wrote N/A; null if the box is empty";
  }
}
