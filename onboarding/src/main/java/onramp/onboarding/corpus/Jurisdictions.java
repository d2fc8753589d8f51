package onramp.onboarding.corpus;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Licence issuers the corpus draws from (their IINs come from the AAMVA IIN table): a city, the
 * shape of their ZIP codes and licence numbers, and the AAMVA versions their cards carry.
 */
final class Jurisdictions {
  record Jurisdiction(
      String code,
      String name,
      String city,
      String zipPrefix,
      String numberPattern,
      List<Integer> aamvaVersions,
      boolean canada) {

    /** A licence number in this issuer's shape: {@code L} a letter, {@code 9} a digit. */
    String licenceNumber(RandomGenerator rnd) {
      StringBuilder b = new StringBuilder();
      for (char c : numberPattern.toCharArray()) {
        b.append(
            c == 'L'
                ? (char) ('A' + rnd.nextInt(26))
                : c == '9' ? (char) ('0' + rnd.nextInt(10)) : c);
      }
      return b.toString();
    }

    String postalCode(RandomGenerator rnd) {
      if (canada) {
        return zipPrefix
            + rnd.nextInt(10)
            + (char) ('A' + rnd.nextInt(26))
            + " "
            + rnd.nextInt(10)
            + (char) ('A' + rnd.nextInt(26))
            + rnd.nextInt(10);
      }
      return zipPrefix + String.format("%02d", rnd.nextInt(100));
    }
  }

  static final List<Jurisdiction> US =
      List.of(
          new Jurisdiction(
              "VA", "VIRGINIA", "RICHMOND", "232", "L99999999", List.of(8, 9, 10), false),
          new Jurisdiction("NY", "NEW YORK", "ALBANY", "122", "999999999", List.of(8, 10), false),
          new Jurisdiction(
              "MD", "MARYLAND", "BALTIMORE", "212", "L999999999999", List.of(8, 9), false),
          new Jurisdiction(
              "FL", "FLORIDA", "ORLANDO", "328", "L999999999999", List.of(8, 10), false),
          new Jurisdiction(
              "CA", "CALIFORNIA", "SACRAMENTO", "958", "L9999999", List.of(9, 10), false),
          new Jurisdiction("TX", "TEXAS", "AUSTIN", "787", "99999999", List.of(8, 9, 10), false),
          new Jurisdiction("CO", "COLORADO", "DENVER", "802", "99-999-9999", List.of(8, 9), false),
          new Jurisdiction(
              "PA", "PENNSYLVANIA", "HARRISBURG", "171", "99999999", List.of(8, 9, 10), false),
          new Jurisdiction("AZ", "ARIZONA", "PHOENIX", "850", "L99999999", List.of(9, 10), false),
          new Jurisdiction(
              "MI", "MICHIGAN", "LANSING", "489", "L999999999999", List.of(8, 10), false),
          new Jurisdiction(
              "IL", "ILLINOIS", "SPRINGFIELD", "627", "L99999999999", List.of(8, 9, 10), false),
          new Jurisdiction(
              "WA", "WASHINGTON", "OLYMPIA", "985", "WDLLLLLL999LL", List.of(9, 10), false));

  /** Canadian issuers: AAMVA cards with CCYYMMDD dates; no Form I-9 (policy/ca.json). */
  static final List<Jurisdiction> CANADA =
      List.of(
          new Jurisdiction(
              "ON", "ONTARIO", "TORONTO", "M", "L9999-99999-99999", List.of(8, 9, 10), true),
          new Jurisdiction(
              "BC", "BRITISH COLUMBIA", "VANCOUVER", "V", "9999999", List.of(8, 9, 10), true));

  private Jurisdictions() {}

  static Jurisdiction random(RandomGenerator rnd) {
    return People.pick(rnd, US);
  }

  static Jurisdiction other(RandomGenerator rnd, Jurisdiction not) {
    Jurisdiction j;
    do {
      j = random(rnd);
    } while (j.code().equals(not.code()));
    return j;
  }
}
