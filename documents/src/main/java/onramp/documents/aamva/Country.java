package onramp.documents.aamva;

/** The country of an issuing jurisdiction or an address. */
public enum Country {
  USA,
  CANADA,
  MEXICO,
  OTHER;

  /** From the IIN table ("Usa", "Canada") or the DCG element ("USA", "CAN", "MEX"). */
  static Country parse(String text) {
    return switch (text.trim().toUpperCase(java.util.Locale.ROOT)) {
      case "USA", "US" -> USA;
      case "CANADA", "CAN", "CA" -> CANADA;
      case "MEXICO", "MEX", "MX" -> MEXICO;
      default -> OTHER;
    };
  }

  /** The three-letter code the DCG element carries. */
  String code() {
    return switch (this) {
      case USA -> "USA";
      case CANADA -> "CAN";
      case MEXICO -> "MEX";
      case OTHER -> "";
    };
  }
}
