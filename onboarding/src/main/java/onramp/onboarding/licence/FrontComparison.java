package onramp.onboarding.licence;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import onramp.onboarding.casefile.FrontSide;
import onramp.onboarding.identity.Names;

/**
 * Compares a front reading with the barcode value of the same field, allowing for what OCR gets
 * wrong without hiding what a tampered barcode changes: look-alike characters in licence numbers
 * (I/1, O/0, D/0, S/5, B/8…) and one or two misread characters make the reading unsure, not a
 * mismatch; a front that prints only the first of several given names agrees with the barcode.
 */
final class FrontComparison {
  /** How a front value relates to the barcode's. */
  enum Agreement {
    SAME,
    DIFFERENT,
    /** Neither confirms nor contradicts: close enough to be an OCR slip. */
    UNSURE
  }

  private FrontComparison() {}

  static Agreement compare(FrontSide.Field field, String front, String barcode) {
    return switch (field) {
      case LICENSE_NUMBER -> identifier(front, barcode);
      case LAST_NAME, FIRST_NAME -> name(front, barcode);
      case DATE_OF_BIRTH, ISSUE_DATE, EXPIRATION_DATE -> date(front, barcode);
      case HEIGHT -> height(front, barcode);
      default ->
          LicenceRules.canonicalId(front).equals(LicenceRules.canonicalId(barcode))
              ? Agreement.SAME
              : Agreement.DIFFERENT;
    };
  }

  /**
   * Whether a front reading that is not {@link Agreement#SAME} is a plausible value of its field
   * that differs from the barcode's: a well-formed date other than the barcode's, a name of letters
   * that is not the barcode's names in another order, a licence number of about the barcode's
   * length that differs beyond look-alike characters. Garbage (a year 2622, digits in a name, three
   * characters of a nine-character number) is unreadable, not a disagreement.
   */
  static boolean disagrees(FrontSide.Field field, String front, String barcode) {
    return switch (field) {
      case LICENSE_NUMBER -> {
        String a = fold(front);
        String b = fold(barcode);
        yield !a.equals(b)
            && Math.abs(a.length() - b.length()) <= 2
            && a.chars().anyMatch(Character::isDigit) == b.chars().anyMatch(Character::isDigit);
      }
      case LAST_NAME, FIRST_NAME -> {
        String a = Names.normalise(front);
        yield a.length() >= 2
            && a.chars().allMatch(c -> Character.isLetter(c) || c == ' ' || c == '-' || c == '\'')
            && !List.of(a.split(" ")).containsAll(List.of(Names.normalise(barcode).split(" ")))
            && !List.of(Names.normalise(barcode).split(" ")).containsAll(List.of(a.split(" ")));
      }
      case DATE_OF_BIRTH, ISSUE_DATE, EXPIRATION_DATE ->
          date(front, barcode) == Agreement.DIFFERENT;
      default -> compare(field, front, barcode) == Agreement.DIFFERENT;
    };
  }

  private static Agreement identifier(String front, String barcode) {
    String a = fold(front);
    String b = fold(barcode);
    if (a.equals(b)) {
      return Agreement.SAME;
    }
    return distance(a, b) <= 2 ? Agreement.UNSURE : Agreement.DIFFERENT;
  }

  private static Agreement name(String front, String barcode) {
    List<String> a = Arrays.asList(Names.normalise(front).split(" "));
    List<String> b = Arrays.asList(Names.normalise(barcode).split(" "));
    if (a.equals(b) || String.join("", a).equals(String.join("", b))) {
      return Agreement.SAME;
    }
    List<String> shorter = a.size() < b.size() ? a : b;
    List<String> longer = a.size() < b.size() ? b : a;
    if (!shorter.isEmpty() && longer.subList(0, shorter.size()).equals(shorter)) {
      return Agreement.SAME;
    }
    if (!shorter.isEmpty() && longer.containsAll(shorter)) {
      return Agreement
          .UNSURE; // e.g. the middle name taken for the first: a reading slip, not another person
    }
    return distance(String.join(" ", a), String.join(" ", b)) <= 1
        ? Agreement.UNSURE
        : Agreement.DIFFERENT;
  }

  /** A date no card can carry (year 2622) is a misread digit, not evidence. */
  private static Agreement date(String front, String barcode) {
    try {
      LocalDate f = LocalDate.parse(front);
      if (f.getYear() < 1900 || f.getYear() > 2100) {
        return Agreement.UNSURE;
      }
      return f.equals(LocalDate.parse(barcode)) ? Agreement.SAME : Agreement.DIFFERENT;
    } catch (DateTimeParseException e) {
      return Agreement.UNSURE;
    }
  }

  /** Heights print as 5'-09": a digit or two misread is a few inches; a different person is not. */
  private static Agreement height(String front, String barcode) {
    try {
      int difference =
          Math.abs(Integer.parseInt(front.strip()) - Integer.parseInt(barcode.strip()));
      return difference == 0
          ? Agreement.SAME
          : difference <= 3 ? Agreement.UNSURE : Agreement.DIFFERENT;
    } catch (NumberFormatException e) {
      return Agreement.UNSURE;
    }
  }

  /** Upper case, letters and digits only, look-alikes folded to one glyph. */
  static String fold(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toUpperCase(Locale.ROOT).toCharArray()) {
      switch (c) {
        case 'O', 'D', 'Q' -> b.append('0');
        case 'I', 'L', 'T', '|' -> b.append('1');
        case 'S', '$' -> b.append('5');
        case 'B' -> b.append('8');
        case 'Z' -> b.append('2');
        case 'G' -> b.append('6');
        default -> {
          if (Character.isLetterOrDigit(c)) {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }

  /** Levenshtein distance. */
  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
