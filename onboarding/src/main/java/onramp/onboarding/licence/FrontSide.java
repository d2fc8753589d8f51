package onramp.onboarding.licence;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import onramp.documents.Evidence;

/**
 * What was read from the printed front of the licence, normalised for comparison with the barcode:
 * dates as {@link LocalDate}, sex as M/F/X, height in inches, names upper case.
 */
public record FrontSide(Map<Field, Evidence<String>> fields) {
  public FrontSide {
    fields = Map.copyOf(fields);
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
