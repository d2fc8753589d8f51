package onramp.gateway.masking;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Phone numbers. A cheap walk collects a phone-shaped candidate (digits, single separators, one
 * pair of parentheses, a leading '+'); libphonenumber decides whether it is a real number: with '+'
 * in any country, ten digits in North America, and a separated national number with trunk prefix 0
 * in a few common countries. Bare digit strings count only next to a context word.
 */
final class PhoneRecognizer implements Recognizer.AtDigits {
  static final double FORMATTED = 0.6;
  static final double NATIONAL = 0.5;
  static final double BARE = 0.3;
  static final double CONTEXT_BOOST = 0.35;
  private static final int MAX_CHARS = 32;
  private static final int MAX_ENDS = 8;

  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
  private static final List<String> TRUNK_ZERO_REGIONS =
      List.of("GB", "DE", "FR", "IL", "IN", "JP", "BR", "IT", "ES", "NL", "AU", "MX", "CN");
  private static final ContextWords WORDS =
      ContextWords.of(
          "phone",
          "tel",
          "call",
          "cell",
          "mobile",
          "text me",
          "whatsapp",
          "contact",
          "reach me",
          "fax");
  private static final Pattern DATE_SHAPED =
      Pattern.compile("\\d{1,2}([./-])\\d{1,2}\\1\\d{2,4}|\\d{4}([./-])\\d{1,2}\\2\\d{1,2}");

  /** 078-05-1123, 078-051121, 07805-1121: an SSN's shapes, not a national phone number. */
  private static final Pattern SSN_SHAPED =
      Pattern.compile("\\d{3}([ .-])\\d{2}\\1\\d{4}|\\d{3}-\\d{6}|\\d{5}-\\d{4}");

  private final int[] ends = new int[MAX_ENDS];

  @Override
  public void at(DigitGroups g, Found found) {
    String text = g.text;
    int p = g.at();
    char before = Chars.at(text, p - 1);
    int start = before == '+' || before == '(' ? p - 1 : p;
    // cheap gate: the digit groups here hold fewer than 7 digits and no parenthesis follows
    if (start == p
        && g.digits(g.count) < 7
        && Chars.at(text, g.end[g.count - 1]) != ')'
        && Chars.at(text, g.end[g.count - 1] + 1) != '(') {
      return;
    }
    if (Chars.wordChar(Chars.at(text, start - 1))
        || ((before == '-' || before == '.') && Chars.digit(Chars.at(text, p - 2)))) {
      return;
    }
    // a trunk-zero national number is not looked for inside a longer run of groups (an IBAN's tail)
    boolean fragment = before == ' ' && Chars.digit(Chars.at(text, p - 2));
    int n = collectEnds(text, start);
    for (int k = n - 1; k >= 0; k--) {
      int end = ends[k];
      char after = Chars.at(text, end);
      if (Chars.wordChar(after)
          || ((after == '-' || after == '.') && Chars.digit(Chars.at(text, end + 1)))) {
        continue;
      }
      double score = score(text, start, end, fragment);
      if (score > 0) {
        found.add(EntityType.PHONE, start, end, score);
        return;
      }
    }
  }

  /** Walks a phone-shaped stretch from {@code start}; records where each digit group ends. */
  private int collectEnds(String text, int start) {
    int n = 0;
    int limit = Math.min(text.length(), start + MAX_CHARS);
    int i = start;
    if (text.charAt(i) == '+') {
      i++;
    }
    boolean parenOpen = false;
    boolean parenUsed = false;
    while (i < limit && n < MAX_ENDS) {
      char c = text.charAt(i);
      if (Chars.digit(c)) {
        i = Math.min(Chars.digitsEnd(text, i), limit);
        if (!parenOpen) {
          ends[n++] = i;
        }
        continue;
      }
      if (c == '(' && !parenUsed && Chars.digit(Chars.at(text, i + 1))) {
        parenOpen = parenUsed = true;
        i++;
      } else if (c == ')' && parenOpen) {
        parenOpen = false;
        i++;
        char next = Chars.at(text, i);
        if ((next == ' ' || next == '-' || next == '.') && Chars.digit(Chars.at(text, i + 1))) {
          i++;
        }
      } else if ((c == ' ' || c == '-' || c == '.')
          && (Chars.digit(Chars.at(text, i + 1)) || (Chars.at(text, i + 1) == '(' && !parenUsed))) {
        i++;
      } else {
        break;
      }
    }
    return n;
  }

  /**
   * 0 when not a phone number. A separated North American number is checked by its structure (area
   * code and exchange 2-9, no N11 area code); libphonenumber is asked about international and
   * trunk-zero numbers, and about bare digit strings only once a context word is near.
   */
  private static double score(String text, int start, int end, boolean fragment) {
    int count = 0;
    for (int i = start; i < end; i++) {
      if (Chars.digit(text.charAt(i))) {
        count++;
      }
    }
    if (count < 7 || count > 15) {
      return 0;
    }
    boolean formatted = count != end - start;
    char first = text.charAt(start);
    if (first == '+') {
      return valid(text.substring(start, end), "ZZ") ? withContext(FORMATTED, text, start, end) : 0;
    }
    String digits = Chars.digitsOf(text, start, end);
    boolean nanp = count == 10 ? digits.charAt(0) >= '2' : count == 11 && digits.charAt(0) == '1';
    boolean trunkZero = digits.charAt(0) == '0' && !fragment && count >= 9 && count <= 12;
    if (!nanp && !trunkZero) {
      return 0;
    }
    String candidate = text.substring(start, end);
    if (DATE_SHAPED.matcher(candidate).lookingAt()
        || dots(candidate) > 3
        || (trunkZero && SSN_SHAPED.matcher(candidate).matches())) {
      return 0;
    }
    boolean context = WORDS.near(text, start, end);
    if (!formatted && !context) {
      return 0; // a bare digit string is an order id until a context word says otherwise
    }
    double base = formatted ? (nanp ? FORMATTED : NATIONAL) : BARE;
    if (nanp && (formatted ? nanpShape(digits) && nanpGroups(candidate) : valid(candidate, "US"))) {
      return base + (context ? CONTEXT_BOOST : 0);
    }
    if (trunkZero) {
      for (String region : TRUNK_ZERO_REGIONS) {
        if (valid(candidate, region)) {
          return base + (context ? CONTEXT_BOOST : 0);
        }
      }
    }
    return 0;
  }

  private static double withContext(double base, String text, int start, int end) {
    return base + (WORDS.near(text, start, end) ? CONTEXT_BOOST : 0);
  }

  /** Digit groups 3-3-4 or 3-7, after an optional leading 1: "2024-118822" is a reference. */
  private static boolean nanpGroups(String candidate) {
    int[] lengths = new int[8];
    int n = 0;
    int i = 0;
    while (i < candidate.length() && n < lengths.length) {
      if (Chars.digit(candidate.charAt(i))) {
        int end = Chars.digitsEnd(candidate, i);
        lengths[n++] = end - i;
        i = end;
      } else {
        i++;
      }
    }
    int from = n > 0 && lengths[0] == 1 ? 1 : 0;
    int groups = n - from;
    return (groups == 3 && lengths[from] == 3 && lengths[from + 1] == 3 && lengths[from + 2] == 4)
        || (groups == 2 && lengths[from] == 3 && lengths[from + 1] == 7);
  }

  /** NPA-NXX-XXXX: area code and exchange start with 2-9, the area code is not N11. */
  private static boolean nanpShape(String digits) {
    String d = digits.length() == 11 ? digits.substring(1) : digits;
    boolean areaOk = d.charAt(0) >= '2' && !(d.charAt(1) == '1' && d.charAt(2) == '1');
    return areaOk && d.charAt(3) >= '2';
  }

  private static int dots(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == '.') {
        n++;
      }
    }
    return n;
  }

  private static boolean valid(String candidate, String region) {
    try {
      return UTIL.isValidNumber(UTIL.parse(candidate, region));
    } catch (NumberParseException e) {
      return false;
    }
  }
}
