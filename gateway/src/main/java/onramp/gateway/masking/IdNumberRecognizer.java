package onramp.gateway.masking;

/**
 * Identity and account numbers whose shape alone says little (nine digits can be anything): US
 * passports (9 digits, or a letter and 8), A-Numbers ("A" and 7-9 digits), driver licences (state
 * formats: up to two letters and 4-14 digits) and bank accounts (8-17 digits). Each needs its
 * context word nearby, as Presidio does; an A-Number shape alone scores 0.3, below the mask line.
 */
final class IdNumberRecognizer implements Recognizer.AtDigits {
  static final double WITH_CONTEXT = 0.6;
  static final double A_NUMBER_SHAPE = 0.3;
  static final double CONTEXT_BOOST = 0.35;

  private static final ContextWords PASSPORT = ContextWords.of("passport", "travel document");
  private static final ContextWords A_NUMBER =
      ContextWords.of(
          "a-number",
          "a number",
          "a#",
          "alien",
          "uscis",
          "registration number",
          "immigration",
          "green card");
  private static final ContextWords LICENCE =
      ContextWords.of("licen", "dl", "dl#", "dln", "lic", "lic#", "driving permit");
  private static final ContextWords BANK =
      ContextWords.of(
          "bank",
          "account number",
          "account no",
          "account #",
          "acct",
          "a/c",
          "checking",
          "savings",
          "routing",
          "direct deposit");

  @Override
  public void at(DigitGroups g, Found found) {
    String text = g.text;
    int p = g.at();
    int digits = g.length(0);
    int end = g.end[0];
    if (digits < 4
        || digits > 17
        || Chars.wordChar(Chars.at(text, end))
        || ((Chars.at(text, end) == '-' || Chars.at(text, end) == '.')
            && Chars.digit(Chars.at(text, end + 1)))) {
      return;
    }
    int letters = 0;
    while (letters < 3 && Chars.upper(Chars.at(text, p - letters - 1))) {
      letters++;
    }
    int start = p - letters;
    if (Chars.wordChar(Chars.at(text, start - 1)) && !(letters == 0 && aNumberPrefix(text, p))) {
      return;
    }
    if (letters == 0
        && (Chars.at(text, p - 1) == '-' || Chars.at(text, p - 1) == '.')
        && Chars.digit(Chars.at(text, p - 2))) {
      return;
    }
    if (letters == 0 && aNumberPrefix(text, p) && digits >= 7 && digits <= 9) {
      aNumber(text, p - 2, end, found);
      return;
    }
    if (letters == 1 && text.charAt(start) == 'A' && digits >= 7 && digits <= 9) {
      aNumber(text, start, end, found);
    }
    boolean passport = (letters == 0 && digits == 9) || (letters == 1 && digits == 8);
    boolean licence =
        letters <= 2
            && letters + digits >= 5
            && letters + digits <= 15
            && (letters > 0 || digits >= 7);
    boolean bank = letters == 0 && digits >= 8;
    int toPassport = passport ? PASSPORT.distance(text, start, end) : ContextWords.NONE;
    int toLicence = licence ? LICENCE.distance(text, start, end) : ContextWords.NONE;
    int toBank = bank ? BANK.distance(text, start, end) : ContextWords.NONE;
    int nearest = Math.min(toPassport, Math.min(toLicence, toBank));
    if (nearest == ContextWords.NONE) {
      return;
    }
    // the nearest context word decides: "licence H1234567, bank account 12345678" is one of each
    if (toPassport == nearest) {
      found.add(EntityType.PASSPORT, start, end, WITH_CONTEXT);
    }
    if (toLicence == nearest) {
      found.add(EntityType.DRIVER_LICENSE, start, end, WITH_CONTEXT);
    }
    if (toBank == nearest) {
      found.add(EntityType.BANK_ACCOUNT, start, end, WITH_CONTEXT);
    }
  }

  private static void aNumber(String text, int start, int end, Found found) {
    double score = A_NUMBER_SHAPE + (A_NUMBER.near(text, start, end) ? CONTEXT_BOOST : 0);
    found.add(EntityType.A_NUMBER, start, end, score);
  }

  /** "A-123456789" or "A#123456789". */
  private static boolean aNumberPrefix(String text, int p) {
    char sep = Chars.at(text, p - 1);
    return (sep == '-' || sep == '#')
        && Chars.at(text, p - 2) == 'A'
        && !Chars.wordChar(Chars.at(text, p - 3));
  }
}
