package onramp.gateway.masking;

import java.util.HashMap;
import java.util.Map;

/**
 * IBANs: country code, two check digits, then the country's fixed number of upper-case letters and
 * digits, whole or in groups joined by one kind of separator (space or dash); mod-97 must hold.
 */
final class IbanRecognizer implements Recognizer.AtDigits {
  static final double SCORE = 0.95;
  private static final int MAX_GROUPS = 12;
  private static final Map<String, Integer> LENGTHS = lengths();

  private final int[] ends = new int[MAX_GROUPS];
  private final int[] alnum = new int[MAX_GROUPS];

  @Override
  public void at(DigitGroups g, Found found) {
    String text = g.text;
    int p = g.at();
    int start = p - 2;
    if (start < 0
        || g.length(0) < 2
        || !Chars.upper(text.charAt(start))
        || !Chars.upper(text.charAt(p - 1))
        || Chars.wordChar(Chars.at(text, start - 1))) {
      return;
    }
    Integer length = LENGTHS.get(text.substring(start, p));
    if (length == null) {
      return;
    }
    int n = collect(text, start, length);
    for (int k = n - 1; k >= 0; k--) {
      if (alnum[k] == length
          && !Chars.wordChar(Chars.at(text, ends[k]))
          && mod97(text, start, ends[k])) {
        found.add(EntityType.IBAN, start, ends[k], SCORE);
        return;
      }
    }
  }

  /** Group ends and the count of letters and digits up to each. */
  private int collect(String text, int start, int length) {
    int n = 0;
    int count = 0;
    int i = start;
    int len = text.length();
    char separator = 0;
    while (i < len && n < MAX_GROUPS && count <= length) {
      char c = text.charAt(i);
      if (Chars.digit(c) || Chars.upper(c)) {
        count++;
        i++;
        continue;
      }
      ends[n] = i;
      alnum[n++] = count;
      boolean joins =
          (c == ' ' || c == '-')
              && (separator == 0 || separator == c)
              && i + 1 < len
              && (Chars.digit(text.charAt(i + 1)) || Chars.upper(text.charAt(i + 1)));
      if (!joins) {
        return n;
      }
      separator = c;
      i++;
    }
    if (n < MAX_GROUPS && (i >= len || count <= length)) {
      ends[n] = i;
      alnum[n++] = count;
    }
    return n;
  }

  static boolean mod97(String text, int start, int end) {
    StringBuilder moved = new StringBuilder(40);
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (Chars.digit(c) || Chars.upper(c)) {
        moved.append(c);
      }
    }
    moved.append(moved, 0, 4).delete(0, 4);
    int rest = 0;
    for (int i = 0; i < moved.length(); i++) {
      char c = moved.charAt(i);
      if (Chars.digit(c)) {
        rest = (rest * 10 + (c - '0')) % 97;
      } else {
        rest = (rest * 100 + (c - 'A' + 10)) % 97;
      }
    }
    return rest == 1;
  }

  private static Map<String, Integer> lengths() {
    String table =
        "AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BI27 BR29 BY28 CH21 CR22 CY28 CZ24 DE22"
            + " DJ27 DK18 DO28 EE20 EG29 ES24 FI18 FK18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28"
            + " HR21 HU28 IE22 IL23 IQ23 IS26 IT27 JO30 KW30 KZ20 LB28 LC32 LI21 LT20 LU20 LV21"
            + " LY25 MC27 MD24 ME22 MK19 MN20 MR27 MT31 MU30 NI28 NL18 NO15 OM23 PK24 PL28 PS29"
            + " PT25 QA29 RO24 RS22 RU33 SA24 SC31 SD18 SE24 SI19 SK24 SM27 SO23 ST25 SV28 TL23"
            + " TN24 TR26 UA29 VA22 VG24 XK20 YE30";
    Map<String, Integer> map = new HashMap<>();
    for (String entry : table.split(" ")) {
      map.put(entry.substring(0, 2), Integer.parseInt(entry.substring(2)));
    }
    return Map.copyOf(map);
  }
}
