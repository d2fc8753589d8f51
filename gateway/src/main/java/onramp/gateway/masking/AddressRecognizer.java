package onramp.gateway.masking;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * US street addresses: house number, optional direction, one to four capitalised name words (or an
 * ordinal such as 5th), a street suffix (St, Ave, Road...), an optional unit (Apt 4B, Suite 200,
 * #12) and an optional ", City, ST 12345". A ZIP code alone stays.
 */
final class AddressRecognizer implements Recognizer.AtDigits {
  static final double SCORE = 0.6;
  private static final String SUFFIX =
      "(?:Street|St|Avenue|Ave|Av|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Court|Ct|Place|Pl"
          + "|Terrace|Ter|Way|Parkway|Pkwy|Highway|Hwy|Circle|Cir|Square|Sq|Trail|Trl|Alley|Plaza"
          + "|Loop|Row|Crescent|Close|Pike|Expressway|Expy|Freeway|Fwy|Broadway)";
  private static final String DIRECTION = "(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West)\\.?";
  private static final String NAME_WORD = "(?:[A-Z][A-Za-z'-]{0,24}+|\\d{1,3}+(?:st|nd|rd|th))";
  private static final String CITY_WORD = "[A-Z][A-Za-z.'-]{1,24}+";
  private static final Pattern ADDRESS =
      Pattern.compile(
          "\\d{1,6}+[A-Z]?(?:[ \\t]+"
              + DIRECTION
              + ")?"
              + "(?:[ \\t]+"
              + NAME_WORD
              + "){0,3}?[ \\t]+(?:"
              + NAME_WORD
              + "[ \\t]+"
              + SUFFIX
              + "|Broadway)\\b\\.?"
              + "(?:[ \\t]+(?:N|S|E|W|NE|NW|SE|SW)\\b\\.?)?"
              + "(?:,?[ \\t]*(?:Apt|Apartment|Suite|Ste|Unit|Fl|Floor|Rm|Room|Bldg|#)\\.?[ \\t]*#?[A-Za-z0-9-]{1,6}+)?"
              + "(?:,[ \\t]*"
              + CITY_WORD
              + "(?:[ \\t]+"
              + CITY_WORD
              + "){0,2},?[ \\t]+[A-Z]{2}"
              + "(?:[ \\t]+\\d{5}(?:-\\d{4})?)?\\b)?");

  private final Matcher matcher;

  AddressRecognizer(String text) {
    matcher = ADDRESS.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
  }

  @Override
  public void at(DigitGroups g, Found found) {
    String text = g.text;
    int p = g.at();
    int len = g.length(0);
    if (len > 6 || g.end[0] + 2 >= text.length()) {
      return;
    }
    int i = g.end[0];
    char next = text.charAt(i);
    if (Chars.upper(next)) {
      next = text.charAt(++i);
    }
    char after = text.charAt(i + 1);
    if ((next != ' ' && next != '\t') || !(Chars.upper(after) || Chars.digit(after))) {
      return;
    }
    if (Chars.wordChar(Chars.at(text, p - 1))
        || Chars.at(text, p - 1) == '.'
        || Chars.at(text, p - 1) == '-'
        || Chars.at(text, p - 1) == '$') {
      return;
    }
    if (matcher.region(p, Math.min(text.length(), p + 160)).lookingAt()) {
      found.add(EntityType.ADDRESS, p, matcher.end(), SCORE);
    }
  }
}
