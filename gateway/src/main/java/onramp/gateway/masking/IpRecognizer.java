package onramp.gateway.masking;

/**
 * IP addresses. IPv4 is checked at digit runs (four dotted octets 0-255); IPv6 is found from each
 * ':' by taking the surrounding run of hex digits, colons and dots and parsing it (one "::" at
 * most, eight groups without it, an embedded IPv4 tail, a %zone). "::" alone is not masked.
 */
final class IpRecognizer implements Recognizer.AtDigits, Recognizer.OverText {
  static final double SCORE = 0.65;

  /** "build 4.2.1.7" is a version, not an address. */
  private static final ContextWords VERSION =
      ContextWords.of("version", "build", "ver", "release", "firmware");

  private static final int VERSION_DISTANCE = 12;

  @Override
  public void at(DigitGroups g, Found found) {
    String text = g.text;
    int p = g.at();
    char before = Chars.at(text, p - 1);
    if (g.count < 4 || Chars.wordChar(before) || before == '.' || !g.sameSeparator(4, ".")) {
      return;
    }
    int end = g.end[3];
    if (Chars.wordChar(Chars.at(text, end))
        || !ipv4(text, p, end)
        || VERSION.distanceBefore(text, p) <= VERSION_DISTANCE) {
      return;
    }
    found.add(EntityType.IP_ADDRESS, p, end, SCORE);
  }

  @Override
  public void find(String text, MaskingContext context, Found found) {
    int n = text.length();
    int colon = text.indexOf(':');
    while (colon >= 0) {
      int start = colon;
      while (start > 0
          && colon - start < 40
          && (hex(text.charAt(start - 1)) || text.charAt(start - 1) == ':')) {
        start--;
      }
      int end = colon + 1;
      while (end < n
          && end - start < 64
          && (hex(text.charAt(end)) || text.charAt(end) == ':' || text.charAt(end) == '.')) {
        end++;
      }
      while (end > colon + 1 && text.charAt(end - 1) == '.') {
        end--;
      }
      int zoneEnd = end;
      if (Chars.at(text, end) == '%' && Character.isLetterOrDigit(Chars.at(text, end + 1))) {
        zoneEnd = end + 1;
        while (zoneEnd < n && Character.isLetterOrDigit(text.charAt(zoneEnd))) {
          zoneEnd++;
        }
      }
      if (end - start > 2
          && plausibleIpv6(text, start, end)
          && !Chars.wordChar(Chars.at(text, start - 1))
          && !Chars.wordChar(Chars.at(text, zoneEnd))
          && ipv6(text, start, end)) {
        found.add(EntityType.IP_ADDRESS, start, zoneEnd, SCORE);
      }
      colon = text.indexOf(':', Math.max(end, colon + 1));
    }
  }

  /** Cheap pre-check: "::" or at least seven colons ("12:05" and "10:30:00" fail here). */
  private static boolean plausibleIpv6(String text, int start, int end) {
    int colons = 0;
    for (int i = start; i < end; i++) {
      if (text.charAt(i) == ':') {
        if (Chars.at(text, i + 1) == ':') {
          return true;
        }
        colons++;
      }
    }
    return colons >= 7;
  }

  private static boolean hex(char c) {
    return Chars.digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  static boolean ipv4(String text, int start, int end) {
    int octets = 0;
    int i = start;
    while (i < end) {
      int j = i;
      int value = 0;
      while (j < end && Chars.digit(text.charAt(j))) {
        value = value * 10 + text.charAt(j) - '0';
        j++;
      }
      if (j == i || j - i > 3 || value > 255) {
        return false;
      }
      octets++;
      if (j < end && text.charAt(j) != '.') {
        return false;
      }
      i = j + 1;
    }
    return octets == 4 && text.charAt(end - 1) != '.';
  }

  static boolean ipv6(String text, int start, int end) {
    int doubleColon = text.indexOf("::", start, end);
    if (doubleColon >= 0 && text.indexOf("::", doubleColon + 1, end) >= 0) {
      return false;
    }
    int groups = 0;
    int i = start;
    while (i < end) {
      if (text.charAt(i) == ':') {
        if (i == doubleColon) {
          i += 2;
          continue;
        }
        if (i == start || i == end - 1) {
          return false;
        }
        i++;
        continue;
      }
      int j = i;
      while (j < end && text.charAt(j) != ':') {
        j++;
      }
      if (text.indexOf('.', i, j) >= 0) {
        if (j != end || !ipv4(text, i, j)) {
          return false;
        }
        groups += 2;
      } else {
        if (j - i > 4) {
          return false;
        }
        for (int k = i; k < j; k++) {
          if (!hex(text.charAt(k))) {
            return false;
          }
        }
        groups++;
      }
      i = j;
    }
    return doubleColon >= 0 ? groups <= 7 && groups > 0 : groups == 8;
  }
}
