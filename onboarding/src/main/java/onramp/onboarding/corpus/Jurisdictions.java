package onramp.onboarding.corpus;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Licence issuers the corpus draws from: their IIN (../shared/data/aamva/iin-table.tsv), a city,
 * the shape of their ZIP codes and licence numbers, and the AAMVA versions their cards carry.
 */
final class Jurisdictions {
  record Jurisdiction(String code, String name, String iin, String city, String zipPrefix, String numberPattern,
      List<Integer> aamvaVersions, boolean canada) {

    /** A licence number in this issuer's shape: {@code L} a letter, {@code 9} a digit. */
    String licenceNumber(RandomGenerator rnd) {
      StringBuilder b = new StringBuilder();
      for (char c : numberPattern.toCharArray()) {
        b.append(c == 'L' ? (char) ('A' + rnd.nextInt(26)) : c == '9' ? (char) ('0' + rnd.nextInt(10)) : c);
      }
      return b.toString();
    }

    String postalCode(RandomGenerator rnd) {
      if (canada) {
        return zipPrefix + rnd.nextInt(10) + (char) ('A' + rnd.nextInt(26)) + " " + rnd.nextInt(10)
            + (char) ('A' + rnd.nextInt(26)) + rnd.nextInt(10);
      }
      return zipPrefix + String.format("%02d", rnd.nextInt(100));
    }
  }

  static final List<Jurisdiction> US = List.of(
      new Jurisdiction("VA", "VIRGINIA", "636000", "RICHMOND", "232", "L99999999", List.of(8, 9, 10), false),
      new Jurisdiction("NY", "NEW YORK", "636001", "ALBANY", "122", "999999999", List.of(8, 10), false),
      new Jurisdiction("MD", "MARYLAND", "636003", "BALTIMORE", "212", "L999999999999", List.of(8, 9), false),
      new Jurisdiction("FL", "FLORIDA", "636010", "ORLANDO", "328", "L999999999999", List.of(8, 10), false),
      new Jurisdiction("CA", "CALIFORNIA", "636014", "SACRAMENTO", "958", "L9999999", List.of(9, 10), false),
      new Jurisdiction("TX", "TEXAS", "636015", "AUSTIN", "787", "99999999", List.of(8, 9, 10), false),
      new Jurisdiction("CO", "COLORADO", "636020", "DENVER", "802", "99-999-9999", List.of(8, 9), false),
      new Jurisdiction("PA", "PENNSYLVANIA", "636025", "HARRISBURG", "171", "99999999", List.of(8, 9, 10), false),
      new Jurisdiction("AZ", "ARIZONA", "636026", "PHOENIX", "850", "L99999999", List.of(9, 10), false),
      new Jurisdiction("MI", "MICHIGAN", "636032", "LANSING", "489", "L999999999999", List.of(8, 10), false),
      new Jurisdiction("IL", "ILLINOIS", "636035", "SPRINGFIELD", "627", "L99999999999", List.of(8, 9, 10), false),
      new Jurisdiction("WA", "WASHINGTON", "636045", "OLYMPIA", "985", "WDLLLLLL999LL", List.of(9, 10), false));

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
