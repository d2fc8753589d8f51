package onramp.gateway.masking;

/**
 * URLs, but only where they can carry personal data: with a path beyond "/", a query, a fragment or
 * user info (a trip link, a reset token, ?email=...). A bare host ("https://www.example.com/",
 * "example.com") names an organisation, not a person, and stays so the model keeps the meaning.
 */
final class UrlRecognizer implements Recognizer.OverText {
  static final double SCORE = 0.5;

  @Override
  public void find(String text, MaskingContext context, Found found) {
    int i = text.indexOf("://");
    while (i >= 0) {
      int start = i;
      while (start > 0 && i - start < 10 && Character.isLetter(text.charAt(start - 1))) {
        start--;
      }
      int next = i + 3;
      if (start < i && !Chars.wordChar(Chars.at(text, start - 1))) {
        next = report(text, start, i + 3, found);
      }
      i = text.indexOf("://", next);
    }
    int w = text.indexOf("www.");
    while (w >= 0) {
      int next = w + 4;
      char before = Chars.at(text, w - 1);
      if (!Chars.wordChar(before) && before != '/' && before != '.') {
        next = report(text, w, w, found);
      }
      w = text.indexOf("www.", next);
    }
  }

  /**
   * Reports the URL that starts at {@code start} (host at {@code host}); returns where to go on.
   */
  private static int report(String text, int start, int host, Found found) {
    int end = host;
    int n = text.length();
    while (end < n && end - start < 2048 && urlChar(text.charAt(end))) {
      end++;
    }
    while (end > host && ".,;:!?)]'\"".indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    int hostEnd = host;
    while (hostEnd < end && "/?#".indexOf(text.charAt(hostEnd)) < 0) {
      hostEnd++;
    }
    boolean userInfo = Chars.lastIndexOf(text, '@', host, hostEnd) >= 0;
    boolean carriesData =
        userInfo || end - hostEnd > 1 || (end > hostEnd && text.charAt(hostEnd) != '/');
    if (hostEnd > host && Chars.indexOf(text, '.', host, hostEnd) > 0 && carriesData) {
      found.add(EntityType.URL, start, end, SCORE);
    }
    return Math.max(end, host + 1);
  }

  private static boolean urlChar(char c) {
    return c > ' ' && c < 127 && c != '"' && c != '<' && c != '>' && c != '`' && c != '{'
        && c != '}' && c != '|' && c != '\\' && c != '^';
  }
}
