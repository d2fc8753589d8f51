package onramp.gateway.masking;

/** E-mail addresses, found from each '@': a local part, a dotted domain and a real-looking TLD. */
final class EmailRecognizer implements Recognizer.OverText {
  static final double SCORE = 0.9;

  @Override
  public void find(String text, MaskingContext context, Found found) {
    int at = text.indexOf('@');
    while (at >= 0) {
      int next = at + 1;
      int start = at;
      while (start > 0 && at - start < 64 && local(text.charAt(start - 1))) {
        start--;
      }
      while (start < at && text.charAt(start) == '.') {
        start++;
      }
      int end = at + 1;
      while (end < text.length() && end - at < 255 && domain(text.charAt(end))) {
        end++;
      }
      while (end > at + 1 && (text.charAt(end - 1) == '.' || text.charAt(end - 1) == '-')) {
        end--;
      }
      if (start < at && text.charAt(at - 1) != '.' && validDomain(text, at + 1, end)) {
        found.add(EntityType.EMAIL, start, end, SCORE);
        next = end;
      }
      at = text.indexOf('@', next);
    }
  }

  private static boolean local(char c) {
    return Chars.digit(c)
        || (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || c == '.'
        || c == '_'
        || c == '%'
        || c == '+'
        || c == '-';
  }

  private static boolean domain(char c) {
    return Chars.digit(c)
        || (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || c == '.'
        || c == '-';
  }

  private static boolean validDomain(String text, int start, int end) {
    int lastDot = Chars.lastIndexOf(text, '.', start, end);
    if (lastDot <= start || lastDot >= end - 2) {
      return false;
    }
    for (int i = start + 1; i < end; i++) {
      if (text.charAt(i) == '.' && text.charAt(i - 1) == '.') {
        return false;
      }
    }
    if (text.startsWith("xn--", lastDot + 1)) {
      return true;
    }
    for (int i = lastDot + 1; i < end; i++) {
      char c = text.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
        return false;
      }
    }
    return text.charAt(start) != '.' && text.charAt(start) != '-';
  }
}
