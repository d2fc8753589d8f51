package onramp.documents.aamva;

/** Whether the issuer truncated a name to fit the card (elements DDE, DDF, DDG). */
public enum Truncation {
  TRUNCATED,
  NOT_TRUNCATED,
  UNKNOWN;

  static Truncation fromCode(String code) {
    return switch (code.trim()) {
      case "T" -> TRUNCATED;
      case "N" -> NOT_TRUNCATED;
      default -> UNKNOWN;
    };
  }

  String code() {
    return switch (this) {
      case TRUNCATED -> "T";
      case NOT_TRUNCATED -> "N";
      case UNKNOWN -> "U";
    };
  }
}
