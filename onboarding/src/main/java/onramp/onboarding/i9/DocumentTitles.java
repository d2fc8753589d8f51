package onramp.onboarding.i9;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises the document titles employers type into Section 2 ("Driver's License", "DL", "Drivers
 * Lic.", "US Passport", "I-551", "SS card", "Receipt – lost driver's license"…).
 */
public final class DocumentTitles {
  /** First match wins, so more specific patterns stand before general ones. */
  private static final Map<Pattern, AcceptableDocument> PATTERNS = new LinkedHashMap<>();

  static {
    add("passport card", AcceptableDocument.US_PASSPORT_CARD);
    add(
        "(micronesia|marshall islands|\\bfsm\\b|\\brmi\\b).*passport|passport.*(micronesia|marshall|\\bfsm\\b|\\brmi\\b)",
        AcceptableDocument.FSM_RMI_PASSPORT);
    add(
        "passport.*(i ?551|stamp|mriv|immigrant visa)",
        AcceptableDocument.FOREIGN_PASSPORT_I551_STAMP);
    add(
        "\\bi ?551\\b|permanent resident|resident alien|green card|alien registration",
        AcceptableDocument.PERMANENT_RESIDENT_CARD);
    add(
        "\\bi ?766\\b|employment authori[sz]ation card|\\bead\\b.*(card|i ?766)?",
        AcceptableDocument.EMPLOYMENT_AUTHORIZATION_CARD);
    add("\\bi ?94a?\\b|arrival.?departure", AcceptableDocument.FORM_I94);
    add(
        "^(u ?s ?a?|united states|american)? ?passport( book)?$|^u ?s ?a? passport",
        AcceptableDocument.US_PASSPORT);
    add("passport", AcceptableDocument.FOREIGN_PASSPORT);
    add(
        "canad.*(driver|licen[cs]e|\\bdl\\b)|(ontario|quebec|british columbia|alberta).*(driver|licen[cs]e)",
        AcceptableDocument.CANADIAN_DRIVER_LICENSE);
    add(
        "^(state )?(driver'?s?|drivers|driving|operator'?s?|dr)\\.? ?(licen[cs]e|lic|permit)|^c?dl$|^dl\\b|"
            + "commercial driver|^cdl\\b|driver licen[cs]e|drivers? lic",
        AcceptableDocument.DRIVER_LICENSE);
    add("tribal|native american", AcceptableDocument.NATIVE_AMERICAN_TRIBAL_DOCUMENT);
    add("school (id|identification)|student id", AcceptableDocument.SCHOOL_ID);
    add("voter", AcceptableDocument.VOTER_REGISTRATION_CARD);
    add("dependent", AcceptableDocument.MILITARY_DEPENDENT_ID);
    add("military|draft record|armed forces|\\bcac\\b", AcceptableDocument.MILITARY_CARD);
    add("merchant mariner|coast guard", AcceptableDocument.MERCHANT_MARINER_CARD);
    add(
        "^(state )?(id|identification)( card)?$|state id|government (id|identification)|id card",
        AcceptableDocument.STATE_ID_CARD);
    add("social security|^ss ?card|^ssn|^ss$|ssa card", AcceptableDocument.SOCIAL_SECURITY_CARD);
    add(
        "ds ?1350|fs ?545|fs ?240|report of birth|birth abroad",
        AcceptableDocument.CERTIFICATION_OF_BIRTH_ABROAD);
    add("birth cert|certificate of birth|certified birth", AcceptableDocument.BIRTH_CERTIFICATE);
    add("\\bi ?197\\b|citizen id", AcceptableDocument.US_CITIZEN_ID_CARD);
    add("\\bi ?179\\b|resident citizen", AcceptableDocument.RESIDENT_CITIZEN_ID_CARD);
    add("employment authori[sz]ation|dhs", AcceptableDocument.DHS_EMPLOYMENT_AUTHORIZATION);
  }

  private static final Pattern RECEIPT = Pattern.compile("\\breceipt\\b|\\brcpt\\b");

  private DocumentTitles() {}

  private static void add(String regex, AcceptableDocument document) {
    PATTERNS.put(Pattern.compile(regex), document);
  }

  /** A recognised title. {@code receipt} when the entry is a receipt for the document. */
  public record Recognised(AcceptableDocument document, boolean receipt) {}

  public static Optional<Recognised> recognise(String title) {
    String t = normalise(title);
    if (t.isEmpty() || t.equals("n a")) {
      return Optional.empty();
    }
    boolean receipt = RECEIPT.matcher(t).find();
    String bare =
        RECEIPT
            .matcher(t)
            .replaceAll(" ")
            .replaceAll("\\b(for|of|replacement|lost|stolen|damaged|application)\\b", " ")
            .replaceAll("\\s+", " ")
            .strip();
    for (var e : PATTERNS.entrySet()) {
      if (e.getKey().matcher(bare).find()) {
        return Optional.of(new Recognised(e.getValue(), receipt));
      }
    }
    return Optional.empty();
  }

  static String normalise(String title) {
    String folded = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return folded
        .toLowerCase(Locale.ROOT)
        .replace("’", "'")
        .replaceAll("[.,:;()\\[\\]/–—_-]+", " ")
        .replaceAll("\\bu s\\b", "us")
        .replaceAll("\\s+", " ")
        .strip();
  }
}
