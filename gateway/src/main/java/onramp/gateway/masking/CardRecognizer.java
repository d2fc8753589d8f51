package onramp.gateway.masking;

/**
 * Payment card numbers: 13-19 digits, whole or in groups of 3-6 joined by one kind of separator
 * (space or dash), first digit 1-6 (1 only for 15-digit UATP), Luhn-valid. A number that fails Luhn
 * stays.
 */
final class CardRecognizer implements Recognizer.AtDigits {
  static final double SCORE = 0.95;

  @Override
  public void at(DigitGroups g, Found found) {
    char first = g.text.charAt(g.at());
    if (first < '1' || first > '6') {
      return;
    }
    int len0 = g.length(0);
    if (!(len0 >= 3 && len0 <= 6) && !(len0 >= 13 && len0 <= 19)) {
      return;
    }
    for (int groups = g.count; groups >= 1; groups--) {
      int digits = g.digits(groups);
      // UATP cards (first digit 1) have 15 digits; other 1-numbers are ids
      if (digits < 13 || digits > 19 || (first == '1' && digits != 15) || !shapeOk(g, groups)) {
        continue;
      }
      int start = g.at();
      int end = g.end[groups - 1];
      if (Chars.isolated(g.text, start, end) && luhn(g.digitString(groups))) {
        found.add(EntityType.CREDIT_CARD, start, end, SCORE);
        return;
      }
    }
  }

  private static boolean shapeOk(DigitGroups g, int groups) {
    if (groups == 1) {
      return true;
    }
    if (!g.sameSeparator(groups, " -")) {
      return false;
    }
    for (int i = 0; i < groups; i++) {
      if (g.length(i) < 3 || g.length(i) > 6) {
        return false;
      }
    }
    return true;
  }

  static boolean luhn(String digits) {
    if (digits.chars().distinct().count() == 1) {
      return false;
    }
    int sum = 0;
    boolean doubled = false;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int d = digits.charAt(i) - '0';
      if (doubled) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      doubled = !doubled;
    }
    return sum % 10 == 0;
  }
}
