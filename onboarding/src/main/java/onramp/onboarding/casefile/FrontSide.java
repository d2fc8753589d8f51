package onramp.onboarding.casefile;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import onramp.documents.Evidence;

/**
 * What was read from the printed front of the licence, normalised for comparison with the barcode:
 * dates as {@link LocalDate}, sex as M/F/X, height in inches, names upper case.
 *
 * @param fields the values tied to their printed labels
 * @param text every line OCR read on the front, labelled or not (personal data: never log it); the
 *     front/back check looks there for a barcode value the labelled reading missed ({@code
 *     licence.PrintedText})
 */
public record FrontSide(Map<Field, Evidence<String>> fields, List<String> text) {
  public FrontSide {
    // In field order: Map.copyOf iterates in an order that changes from run to run, and the
    // decision line lists the front's evidence in this map's order.
    Map<Field, Evidence<String>> ordered = new EnumMap<>(Field.class);
    ordered.putAll(fields);
    fields = Collections.unmodifiableMap(ordered);
    text = List.copyOf(text);
  }

  public FrontSide(Map<Field, Evidence<String>> fields) {
    this(fields, List.of());
  }

  public static FrontSide empty() {
    return new FrontSide(Map.of());
  }

  public Optional<Evidence<String>> get(Field field) {
    return Optional.ofNullable(fields.get(field));
  }

  /** The front fields the cross-check compares with the barcode. */
  public enum Field {
    LICENSE_NUMBER,
    LAST_NAME,
    FIRST_NAME,
    DATE_OF_BIRTH,
    ISSUE_DATE,
    EXPIRATION_DATE,
    SEX,
    HEIGHT,
    LICENSE_CLASS
  }
}
