package onramp.documents.front;

import static onramp.documents.front.FrontField.*;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import onramp.documents.ocr.OcrWord;
import org.jspecify.annotations.Nullable;

/**
 * The label vocabulary: AAMVA field numbers with their abbreviations ("4d DLN", "3 DOB"), the
 * numbers alone, and the words states print ("DL", "LIC#", "EXPIRES").
 *
 * <p>A label starts a segment (the line, or text after a {@link #wideGap wide gap}), so the digits
 * and words inside a value ("7608 CEDAR LN") are not taken for labels. Label words are matched
 * loosely ({@link LabelWords}), more loosely still behind their AAMVA number; a number glued to its
 * word ("3p0B", "16HGT") is split.
 */
final class Labels {
  /** A label: an AAMVA number, a word, or both ("4D" + "DLN"). */
  record Label(FrontField field, @Nullable String number, @Nullable String word) {}

  /** A label found on a line: which words it spans. */
  record Found(Label label, TextLine line, int first, int last) {
    OcrWord firstWord() {
      return line.words().get(first);
    }
  }

  private static final List<Label> ALL =
      List.of(
          of(LICENSE_NUMBER, "4D", "DLN"),
          of(EXPIRATION_DATE, "4B", "EXP"),
          of(ISSUE_DATE, "4A", "ISS"),
          of(DATE_OF_BIRTH, "3", "DOB"),
          of(LAST_NAME, "1", "LN"),
          of(FIRST_NAME, "2", "FN"),
          of(LICENSE_CLASS, "9", "CLASS"),
          of(ENDORSEMENTS, "9A", "END"),
          of(RESTRICTIONS, "12", "RESTR"),
          of(RESTRICTIONS, "12", "REST"),
          of(SEX, "15", "SEX"),
          of(HEIGHT, "16", "HGT"),
          of(EYE_COLOR, "18", "EYES"),
          of(ADDRESS_STREET, "8", "ADDRESS"),
          of(LICENSE_NUMBER, null, "DLN"),
          of(LICENSE_NUMBER, null, "LIC#"),
          of(LICENSE_NUMBER, null, "DL#"),
          of(LICENSE_NUMBER, null, "DL"),
          of(LICENSE_NUMBER, null, "LIC"),
          of(EXPIRATION_DATE, null, "EXPIRES"),
          of(EXPIRATION_DATE, null, "EXP"),
          of(ISSUE_DATE, null, "ISSUED"),
          of(ISSUE_DATE, null, "ISS"),
          of(DATE_OF_BIRTH, null, "DOB"),
          of(LAST_NAME, null, "LN"),
          of(FIRST_NAME, null, "FN"),
          of(ADDRESS_STREET, null, "ADDRESS"),
          of(ADDRESS_STREET, null, "ADDR"),
          of(LICENSE_CLASS, null, "CLASS"),
          of(ENDORSEMENTS, null, "ENDORSEMENTS"),
          of(ENDORSEMENTS, null, "END"),
          of(RESTRICTIONS, null, "RESTRICTIONS"),
          of(RESTRICTIONS, null, "RESTR"),
          of(RESTRICTIONS, null, "REST"),
          of(SEX, null, "SEX"),
          of(HEIGHT, null, "HGT"),
          of(EYE_COLOR, null, "EYES"),
          of(LICENSE_NUMBER, "4D", null),
          of(EXPIRATION_DATE, "4B", null),
          of(ISSUE_DATE, "4A", null),
          of(ENDORSEMENTS, "9A", null),
          of(DATE_OF_BIRTH, "3", null),
          of(LAST_NAME, "1", null),
          of(FIRST_NAME, "2", null),
          of(ADDRESS_STREET, "8", null),
          of(LICENSE_CLASS, "9", null),
          of(RESTRICTIONS, "12", null),
          of(SEX, "15", null),
          of(HEIGHT, "16", null),
          of(EYE_COLOR, "18", null));

  private Labels() {}

  /** The label starting at word {@code i} of the line, if any. Labels start segments. */
  static Optional<Found> at(TextLine line, int i) {
    if (i > 0 && !wideGap(line, i)) {
      return Optional.empty();
    }
    String token = token(line.words().get(i).text());
    String next = i + 1 < line.words().size() ? token(line.words().get(i + 1).text()) : "";
    for (Label label : ALL) {
      String number = label.number();
      String word = label.word();
      if (number != null && word != null) {
        if (!next.isEmpty()
            && LabelWords.matchesNumber(token, number)
            && LabelWords.matches(next, word, true)) {
          return Optional.of(new Found(label, line, i, i + 1));
        }
        if (token.length() > number.length()
            && LabelWords.matchesNumber(token.substring(0, number.length()), number)
            && LabelWords.matches(token(token.substring(number.length())), word, true)) {
          return Optional.of(new Found(label, line, i, i));
        }
      } else if (word != null ? LabelWords.matches(token, word, false) : token.equals(number)) {
        return Optional.of(new Found(label, line, i, i));
      }
    }
    return Optional.empty();
  }

  /** Whether a word read on its own is exactly a label word or AAMVA number ("SEX", "15"). */
  static boolean isLabelWord(String word) {
    String token = token(word);
    return ALL.stream().anyMatch(l -> token.equals(l.word()) || token.equals(l.number()));
  }

  /**
   * Whether a wider gap than between words precedes word {@code i}: one and a half word heights,
   * since a monospaced font's ", " is already 1.2.
   */
  static boolean wideGap(TextLine line, int i) {
    return i > 0 && gapBefore(line, i) > line.unit() * 1.5;
  }

  static int gapBefore(TextLine line, int i) {
    return i == 0
        ? Integer.MAX_VALUE
        : line.words().get(i).left() - line.words().get(i - 1).right();
  }

  /** How a word is compared with labels: upper case, without leading or trailing punctuation. */
  static String token(String word) {
    return word.toUpperCase(Locale.ROOT)
        .replaceAll("[.:,;—\\-]+$", "")
        .replaceAll("^[.:,;—\\-]+", "");
  }

  private static Label of(FrontField field, @Nullable String number, @Nullable String word) {
    return new Label(field, number, word);
  }
}
