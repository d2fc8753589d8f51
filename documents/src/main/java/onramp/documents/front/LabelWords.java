package onramp.documents.front;

/**
 * Forgiving comparison of an OCR token with a label word. Card labels are small capitals that
 * Tesseract often reads as lower case or look-alikes ("pop" for DOB, "eves" for EYES, "tn" for LN),
 * so substitutions between letters that look alike cost half an edit.
 */
final class LabelWords {
  private static final String[] LOOK_ALIKE = {
    "O0", "OD", "0D", "OQ", "DP", "BP", "DB", "I1", "IL", "IT", "LT", "L1", "T1", "EF", "FR", "PR",
        "VY",
    "UV", "HU", "HN", "GC", "GO", "G6", "G9", "S5", "S8", "B8", "Z2", "MN", "A4", "CE", "EB", "SB",
        "NV"
  };

  private LabelWords() {}

  /**
   * Whether {@code token} (upper case) can be OCR's reading of {@code label}. Short labels allow
   * only look-alike substitutions (so "DOE" is not "DOB"); {@code anchored} labels, behind their
   * AAMVA number, allow one more edit.
   */
  static boolean matches(String token, String label, boolean anchored) {
    if (token.equals(label)) {
      return true;
    }
    if (token.isEmpty()) {
      return false;
    }
    if (anchored) {
      return cost(token, label, true) <= (label.length() <= 2 ? 1.0 : 1.5);
    }
    if (label.length() <= 3) {
      return cost(token, label, false) <= 1.0;
    }
    return cost(token, label, true) <= (label.length() >= 7 ? 1.5 : 1.0);
  }

  /**
   * An AAMVA field number ("18", "9A"), allowing look-alikes ("IS", "GA") when its word follows.
   */
  static boolean matchesNumber(String token, String number) {
    return token.equals(number)
        || (token.length() == number.length() && cost(token, number, false) <= 1.0);
  }

  /** Weighted edit distance; without {@code anyEdit} only look-alike substitutions are allowed. */
  static double cost(String a, String b, boolean anyEdit) {
    double impossible = 100;
    double edit = anyEdit ? 1 : impossible;
    double[][] d = new double[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i * edit;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j * edit;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        char x = a.charAt(i - 1);
        char y = b.charAt(j - 1);
        double substitute = x == y ? 0 : lookAlike(x, y) ? 0.5 : edit;
        d[i][j] = Math.min(d[i - 1][j - 1] + substitute, Math.min(d[i - 1][j], d[i][j - 1]) + edit);
      }
    }
    return d[a.length()][b.length()];
  }

  private static boolean lookAlike(char x, char y) {
    for (String pair : LOOK_ALIKE) {
      if (pair.indexOf(x) >= 0 && pair.indexOf(y) >= 0) {
        return true;
      }
    }
    return false;
  }
}
