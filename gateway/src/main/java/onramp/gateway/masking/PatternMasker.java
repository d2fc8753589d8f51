package onramp.gateway.masking;

import java.util.List;

/**
 * The masker the gateway uses: precompiled patterns, checksums (Luhn, mod-97, SSN rules),
 * libphonenumber for phones, and context words for the numbers whose shape says little. One pass
 * over the text finds the digit runs that the number recognizers look at; e-mail, URL, IPv6 and
 * name recognizers use {@code indexOf} prefilters. Entities scoring under {@link #THRESHOLD} stay.
 */
public final class PatternMasker implements PersonalDataMasker {
  /**
   * Entities scoring below this are left in the text (e.g. nine bare digits without "SSN" nearby).
   */
  public static final double THRESHOLD = 0.4;

  private static final List<Recognizer.OverText> OVER_TEXT =
      List.of(new EmailRecognizer(), new UrlRecognizer(), new IpRecognizer(), new NameRecognizer());

  private PatternMasker() {}

  public static PatternMasker standard() {
    return new PatternMasker();
  }

  @Override
  public List<DetectedEntity> detect(String text, MaskingContext context) {
    Found found = new Found(THRESHOLD);
    if (text.isEmpty()) {
      return List.of();
    }
    scanDigits(text, found);
    for (Recognizer.OverText recognizer : OVER_TEXT) {
      recognizer.find(text, context, found);
    }
    return found.resolved();
  }

  @Override
  public MaskingSession open(MaskingContext context) {
    return new PatternMaskingSession(this, context);
  }

  private static void scanDigits(String text, Found found) {
    List<Recognizer.AtDigits> recognizers = atDigits(text);
    DigitGroups groups = new DigitGroups(text);
    int n = text.length();
    for (int i = nextDigit(text, 0, n); i < n; i = nextDigit(text, groups.end[0], n)) {
      groups.parse(i);
      for (Recognizer.AtDigits recognizer : recognizers) {
        recognizer.at(groups, found);
      }
    }
  }

  /** Kept apart from the recognizer calls so the JIT compiles it into a tight loop. */
  private static int nextDigit(String text, int i, int n) {
    for (; i < n; i++) {
      char c = text.charAt(i);
      if (c <= '9' && c >= '0') {
        return i;
      }
    }
    return n;
  }

  /** Fresh per scan: some hold a reusable {@link java.util.regex.Matcher} bound to the text. */
  private static List<Recognizer.AtDigits> atDigits(String text) {
    return List.of(
        new SsnRecognizer(),
        new CardRecognizer(),
        new PhoneRecognizer(),
        new IbanRecognizer(),
        new IdNumberRecognizer(),
        new IpRecognizer(),
        new BirthDateRecognizer(text),
        new AddressRecognizer(text));
  }
}
