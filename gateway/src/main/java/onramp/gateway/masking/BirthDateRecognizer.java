package onramp.gateway.masking;

import java.time.Year;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates of birth: a date (03/14/1988, 1988-03-14, 14.03.1988, March 14, 1988, 14 March 1988) with a
 * birth word nearby ("DOB", "born", "date of birth", "birthday"). Every other date stays.
 */
final class BirthDateRecognizer implements Recognizer.AtDigits {
  static final double SCORE = 0.85;
  private static final String MONTH =
      "(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
  private static final Pattern NUMERIC =
      Pattern.compile(
          "(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4}|\\d{2})(?!\\d)|(\\d{4})([/.-])(\\d{1,2})\\6(\\d{1,2})(?!\\d)");
  private static final Pattern DAY_FIRST =
      Pattern.compile("\\d{1,2}(?:st|nd|rd|th)?(?: of)? " + MONTH + "\\.?,? \\d{4}(?!\\d)");
  private static final Pattern MONTH_FIRST =
      Pattern.compile(MONTH + "\\.? \\d{1,2}(?:st|nd|rd|th)?,? \\d{4}(?!\\d)");
  private static final ContextWords WORDS =
      ContextWords.of("dob", "d.o.b", "born", "birth", "bday", "b-day", "b'day");

  private final Matcher numeric;
  private final Matcher dayFirst;
  private final Matcher monthFirst;

  BirthDateRecognizer(String text) {
    numeric = NUMERIC.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    dayFirst = DAY_FIRST.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    monthFirst = MONTH_FIRST.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
  }

  @Override
  public void at(DigitGroups g, Found found) {
    String text = g.text;
    int p = g.at();
    int len = g.length(0);
    char before = Chars.at(text, p - 1);
    if (len > 4 || Chars.wordChar(before)) {
      return;
    }
    char next = Chars.at(text, g.end[0]);
    int limit = Math.min(text.length(), p + 40);
    if (next == '/' || next == '.' || next == '-') {
      if ((next == '/' || plausibleDate(g)) && numericDate(p, limit)) {
        report(text, p, numeric.end(), found);
      }
    } else if (len <= 2) {
      if (next == ' ' || next == 's' || next == 'n' || next == 'r' || next == 't') {
        if (monthInitialAfter(text, g.end[0]) && dayFirst.region(p, limit).lookingAt()) {
          report(text, p, dayFirst.end(), found);
          return;
        }
      }
      if ((before == ' ' && Character.isLetter(Chars.at(text, p - 2)))
          || Chars.at(text, p - 2) == '.') {
        monthFirstDate(text, p, limit, found);
      }
    }
  }

  /** 14.03.1988, 1988-03-14: three groups with one separator, day and month of 1-2 digits. */
  private static boolean plausibleDate(DigitGroups g) {
    if (g.count < 3 || g.sep[1] != g.sep[2] || g.length(1) > 2) {
      return false;
    }
    int first = g.length(0);
    int last = g.length(2);
    return (first <= 2 && (last == 2 || last == 4)) || (first == 4 && last <= 2);
  }

  /**
   * After "14", "14th" or "14th of": is the next word's first letter one a month can start with?
   */
  private static boolean monthInitialAfter(String text, int i) {
    int limit = Math.min(text.length(), i + 6);
    while (i < limit && text.charAt(i) != ' ') {
      i++;
    }
    if (text.startsWith(" of ", i)) {
      i += 3;
    }
    return "JFMASONDjfmasond".indexOf(Chars.at(text, i + 1)) >= 0;
  }

  private void monthFirstDate(String text, int p, int limit, Found found) {
    int i = p - 1;
    while (i > 0
        && i > p - 12
        && (Character.isLetter(text.charAt(i - 1)) || text.charAt(i - 1) == '.')) {
      i--;
    }
    if (i < p - 1
        && "JFMASONDjfmasond".indexOf(text.charAt(i)) >= 0
        && !Character.isLetter(Chars.at(text, i - 1))
        && monthFirst.region(i, limit).lookingAt()) {
      report(text, i, monthFirst.end(), found);
    }
  }

  private boolean numericDate(int p, int limit) {
    if (!numeric.region(p, limit).lookingAt()) {
      return false;
    }
    int month;
    int day;
    String year;
    if (numeric.group(1) != null) {
      int a = Integer.parseInt(numeric.group(1));
      int b = Integer.parseInt(numeric.group(3));
      month = a <= 12 ? a : b; // 03/14/1988 or 14.03.1988
      day = a <= 12 ? b : a;
      year = numeric.group(4);
    } else {
      month = Integer.parseInt(numeric.group(7));
      day = Integer.parseInt(numeric.group(8));
      year = numeric.group(5);
    }
    return month >= 1 && month <= 12 && day >= 1 && day <= 31 && pastYear(year);
  }

  /** A birth year is not in the future ("DOB ..., licence exp 2029-02-28"); two digits pass. */
  private static boolean pastYear(String year) {
    return year.length() != 4
        || (year.compareTo("1900") >= 0
            && Integer.parseInt(year) <= Year.now(ZoneOffset.UTC).getValue());
  }

  private static void report(String text, int start, int end, Found found) {
    int yearStart = end;
    while (yearStart > start && Chars.digit(text.charAt(yearStart - 1))) {
      yearStart--;
    }
    boolean yearOk = end - yearStart != 4 || pastYear(text.substring(yearStart, end));
    if (yearOk && !Chars.wordChar(Chars.at(text, end)) && WORDS.near(text, start, end)) {
      found.add(EntityType.DATE_OF_BIRTH, start, end, SCORE);
    }
  }
}
