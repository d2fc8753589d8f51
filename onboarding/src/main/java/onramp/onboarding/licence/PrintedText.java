package onramp.onboarding.licence;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import onramp.documents.front.PrintedFormats;
import onramp.onboarding.identity.Names;

/**
 * Finds a barcode value printed on the front when OCR read the text but could not tie it to its
 * label (a small "LN" or "DL" lost in the background, a value read on the wrong line). We are not
 * extracting an unknown value here, we are checking whether a known one is printed, so the test is
 * exact: a whole name line, a licence number token for token (look-alike characters folded), a date
 * in the printed MM/DD/CCYY format. Text can only confirm a value; it never contradicts one (a
 * value that is not found may simply not have been read).
 */
final class PrintedText {
  /**
   * Labels printed before a name on the same line (AAMVA numbers, state words), dropped before
   * comparing.
   */
  private static final Set<String> NAME_LABELS =
      Set.of("1", "2", "LN", "FN", "LAST", "FIRST", "NAME", "NAMES");

  /**
   * Card boilerplate: a holder named like the title of the card is not found by finding the title.
   */
  private static final Set<String> TITLE_WORDS =
      Set.of(
          "DRIVER",
          "DRIVERS",
          "LICENSE",
          "LICENCE",
          "PERMIS",
          "USA",
          "CANADA",
          "IDENTIFICATION",
          "CARD");

  /** Shorter licence numbers are not looked for: the odds of a chance match in the text rise. */
  static final int MIN_NUMBER_LENGTH = 6;

  /** Shorter names are not looked for ("LI", "NG" can be read out of noise). */
  static final int MIN_NAME_LETTERS = 3;

  private PrintedText() {}

  /**
   * Whether a line of the front reads exactly {@code name} (after its label, if printed on the same
   * line). {@code issuer} is the name of the issuing jurisdiction, printed as the card's title.
   */
  static boolean showsName(List<String> text, String name, Optional<String> issuer) {
    String wanted = Names.normalise(name);
    if (wanted.replace(" ", "").length() < MIN_NAME_LETTERS
        || issuer.map(Names::normalise).filter(wanted::equals).isPresent()
        || Arrays.stream(wanted.split(" ")).anyMatch(TITLE_WORDS::contains)) {
      return false;
    }
    for (String line : text) {
      List<String> words = Arrays.asList(Names.normalise(line).split(" "));
      int start = 0;
      while (start < words.size() - 1 && NAME_LABELS.contains(words.get(start))) {
        start++;
      }
      if (String.join(" ", words.subList(start, words.size())).equals(wanted)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether one or more adjacent tokens of a line spell the licence number (spacing and look-alikes
   * aside).
   */
  static boolean showsNumber(List<String> text, String number) {
    String wanted = FrontComparison.fold(number);
    if (wanted.length() < MIN_NUMBER_LENGTH) {
      return false;
    }
    for (String line : text) {
      String[] tokens = line.strip().split("\\s+", -1);
      for (int i = 0; i < tokens.length; i++) {
        StringBuilder run = new StringBuilder();
        for (int j = i; j < tokens.length && run.length() < wanted.length(); j++) {
          run.append(FrontComparison.fold(tokens[j]));
          if (run.toString().equals(wanted)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * Whether one to five adjacent tokens of a line ("10 / 04 / 2000") read as {@code date} in the
   * printed format.
   */
  static boolean showsDate(List<String> text, LocalDate date) {
    for (String line : text) {
      String[] tokens = line.strip().split("\\s+", -1);
      for (int i = 0; i < tokens.length; i++) {
        StringBuilder candidate = new StringBuilder();
        for (int j = i; j < Math.min(tokens.length, i + 5); j++) {
          candidate.append(j == i ? "" : " ").append(tokens[j]);
          if (PrintedFormats.parseDate(candidate.toString()).filter(date::equals).isPresent()) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
