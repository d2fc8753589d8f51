package onramp.documents.aamva;

import java.util.Optional;

/** Element DBC: 1 male, 2 female, 9 not specified (older cards use M and F). */
public enum Sex {
  MALE,
  FEMALE,
  NOT_SPECIFIED;

  /** Empty when the code is none of the known ones. */
  static Optional<Sex> fromCode(String code) {
    return switch (code.trim().toUpperCase(java.util.Locale.ROOT)) {
      case "1", "M" -> Optional.of(MALE);
      case "2", "F" -> Optional.of(FEMALE);
      case "9", "X", "U", "0" -> Optional.of(NOT_SPECIFIED);
      default -> Optional.empty();
    };
  }

  String code() {
    return switch (this) {
      case MALE -> "1";
      case FEMALE -> "2";
      case NOT_SPECIFIED -> "9";
    };
  }
}
