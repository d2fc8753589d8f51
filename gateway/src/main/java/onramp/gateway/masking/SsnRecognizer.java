package onramp.gateway.masking;

import java.util.Set;

/**
 * US Social Security numbers and ITINs (the same 3-2-4 shape; ITINs start with 9 and have a group
 * in 50-65, 70-88, 90-92 or 94-99). "078-05-1123" scores 0.5; nine bare digits 0.3 and the odd
 * "078-051121" 0.1, so those are masked only with a context word nearby ("ssn", "itin", ...).
 */
final class SsnRecognizer implements Recognizer.AtDigits {
  static final double SEPARATED = 0.5;
  static final double BARE = 0.3;
  static final double ODD = 0.1;
  static final double CONTEXT_BOOST = 0.35;

  private static final ContextWords SSN_WORDS =
      ContextWords.of("ssn", "ssns", "ssid", "ss#", "social security", "social sec", "soc sec");
  private static final ContextWords ITIN_WORDS =
      ContextWords.of("itin", "taxpayer", "tax id", "tax identification", "tin");
  private static final Set<String> KNOWN_FAKE = Set.of("123456789", "078051120", "987654320");

  @Override
  public void at(DigitGroups g, Found found) {
    int groups;
    double score;
    if (g.count >= 3
        && g.length(0) == 3
        && g.length(1) == 2
        && g.length(2) == 4
        && g.sameSeparator(3, "-. ")) {
      groups = 3;
      score = SEPARATED;
    } else if (g.length(0) == 9) {
      groups = 1;
      score = BARE;
    } else if (g.count >= 2
        && g.sep[1] == '-'
        && g.digits(2) == 9
        && (g.length(0) == 3 || g.length(0) == 5)) {
      groups = 2;
      score = ODD;
    } else {
      return;
    }
    int start = g.at();
    int end = g.end[groups - 1];
    if (!Chars.isolated(g.text, start, end)) {
      return;
    }
    String digits = g.digitString(groups);
    if (isItin(digits)) {
      found.add(EntityType.ITIN, start, end, score + boost(ITIN_WORDS, g.text, start, end));
    } else if (isSsn(digits)) {
      found.add(EntityType.SSN, start, end, score + boost(SSN_WORDS, g.text, start, end));
    }
  }

  private static double boost(ContextWords words, String text, int start, int end) {
    return words.near(text, start, end) ? CONTEXT_BOOST : 0;
  }

  static boolean isSsn(String d) {
    int area = Integer.parseInt(d, 0, 3, 10);
    if (area == 0 || area == 666 || area >= 900) {
      return false;
    }
    if (d.startsWith("00", 3) || d.startsWith("0000", 5) || KNOWN_FAKE.contains(d)) {
      return false;
    }
    return d.chars().distinct().count() > 1;
  }

  static boolean isItin(String d) {
    if (d.charAt(0) != '9') {
      return false;
    }
    int group = Integer.parseInt(d, 3, 5, 10);
    return (group >= 50 && group <= 65)
        || (group >= 70 && group <= 88)
        || (group >= 90 && group <= 92)
        || (group >= 94 && group <= 99);
  }
}
