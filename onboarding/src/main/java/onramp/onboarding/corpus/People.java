package onramp.onboarding.corpus;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Generates synthetic people from several naming cultures: diacritics, hyphenated and multi-part
 * surnames, suffixes, and names long enough for AAMVA to truncate. Phone numbers use the 555-01xx
 * range reserved for fiction, e-mail the example.com domain, SSNs the 9xx-free issuable space with
 * area numbers chosen so they are not real (see {@link #ssn}).
 */
final class People {
  private static final List<String> FIRST =
      List.of(
          "Jordan",
          "María José",
          "Zoë",
          "Björn",
          "Siobhán",
          "Chloé",
          "Oluwaseun",
          "Aarav",
          "Mei",
          "Hiroshi",
          "Fatima",
          "Mohammed",
          "Priya",
          "Dmitri",
          "Ana-Lucía",
          "Seán",
          "François",
          "José",
          "Kwame",
          "Ngozi",
          "Wei",
          "Andrés",
          "Søren",
          "Łukasz",
          "Renée",
          "Zoltán",
          "Yuki",
          "Avery",
          "Taylor",
          "Morgan",
          "Emeka",
          "Thi Lan",
          "Jean-Baptiste",
          "Ayşe",
          "Mateus",
          "Ingrid",
          "Kenji",
          "Lucía",
          "Rahul",
          "Amara");
  private static final List<String> MIDDLE =
      List.of(
          "Avery", "Lee", "Marie", "José", "Ann", "Kwesi", "Elif", "James", "Anh", "Noor", "Grace",
          "Luis");
  private static final List<String> LAST =
      List.of(
          "Quinn",
          "García-López",
          "Nguyễn",
          "O'Brien",
          "Müller",
          "Østergaard",
          "Kowalski",
          "Okafor",
          "Patel",
          "Chen",
          "Tanaka",
          "Al-Sayed",
          "Ivanova",
          "Van der Berg",
          "De La Cruz",
          "MacDonald",
          "St. John",
          "Papadopoulos",
          "Nakamura-Whitfield",
          "Dubois",
          "Haddad",
          "Fernández",
          "Kim",
          "Johansson",
          "Adeyemi",
          "Novák",
          "Rossi",
          "Şahin",
          "Walker",
          "Brooks");
  private static final List<String> LONG_LAST =
      List.of(
          "Wolfeschlegelsteinhausenbergerdorff-Featherstonehaugh",
          "Montgomery-Fitzwilliam-Abernathy-Castellanos",
          "Papadimitriou-Vasilakopoulos-Konstantinidou");
  private static final List<String> SUFFIX = List.of("Jr", "Sr", "II", "III");
  private static final List<String> STREETS =
      List.of(
          "Maple Ave",
          "Oak St",
          "Harbor Rd",
          "Cedar Ln",
          "Sunset Blvd",
          "Mill Creek Dr",
          "Elm Ct",
          "Lakeview Pkwy",
          "Ridge Rd",
          "Station St");
  private static final List<String> EYES = List.of("BRO", "BLU", "GRN", "HAZ", "GRY", "BLK");

  private People() {}

  static Person next(RandomGenerator rnd, Jurisdictions.Jurisdiction home, LocalDate dateOfBirth) {
    String first = pick(rnd, FIRST);
    Optional<String> middle =
        rnd.nextInt(10) < 6 ? Optional.of(pick(rnd, MIDDLE)) : Optional.empty();
    String last = rnd.nextInt(25) == 0 ? pick(rnd, LONG_LAST) : pick(rnd, LAST);
    Optional<String> suffix =
        rnd.nextInt(15) == 0 ? Optional.of(pick(rnd, SUFFIX)) : Optional.empty();
    char sex = rnd.nextInt(20) == 0 ? 'X' : rnd.nextBoolean() ? 'M' : 'F';
    String local = ascii(first + "." + last).toLowerCase(Locale.ROOT).replaceAll("[^a-z.]", "");
    return new Person(
        first,
        middle,
        last,
        suffix,
        dateOfBirth,
        sex,
        58 + rnd.nextInt(22),
        pick(rnd, EYES),
        (1 + rnd.nextInt(9899)) + " " + pick(rnd, STREETS),
        home.city(),
        home.code(),
        home.postalCode(rnd),
        local + rnd.nextInt(100) + "@example.com",
        String.format("+1 555 01%02d %04d", rnd.nextInt(100), rnd.nextInt(10000)),
        ssn(rnd));
  }

  /**
   * A well-formed, issuable-looking SSN. Area numbers 773–899 have never been assigned by the SSA's
   * area scheme (which ended in 2011), so these cannot collide with pre-2011 real numbers.
   */
  static String ssn(RandomGenerator rnd) {
    return String.format(
        "%03d-%02d-%04d", 773 + rnd.nextInt(127), 1 + rnd.nextInt(99), 1 + rnd.nextInt(9999));
  }

  /** Upper-case ASCII as DMVs print names: "Nguyễn" → "NGUYEN", "Østergaard" → "OSTERGAARD". */
  static String printed(String name) {
    return ascii(name).toUpperCase(Locale.ROOT);
  }

  static String ascii(String s) {
    String folded =
        Normalizer.normalize(
            s.replace("Ø", "O")
                .replace("ø", "o")
                .replace("Ł", "L")
                .replace("ł", "l")
                .replace("ß", "ss")
                .replace("ı", "i"),
            Normalizer.Form.NFD);
    return folded.replaceAll("\\p{M}+", "");
  }

  static <T> T pick(RandomGenerator rnd, List<T> list) {
    return list.get(rnd.nextInt(list.size()));
  }
}
