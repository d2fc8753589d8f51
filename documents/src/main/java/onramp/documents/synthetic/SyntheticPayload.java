package onramp.documents.synthetic;

import java.util.random.RandomGenerator;

/**
 * Plausible AAMVA 2020 (version 10) payloads for made-up people, so the benchmark needs no fixture
 * files. Header offsets and lengths are computed, not copied; names are invented.
 */
public final class SyntheticPayload {
  private static final String[] FIRST = {
    "AVERY", "JORDAN", "RILEY", "MORGAN", "CASEY", "QUINN", "ROWAN", "SKYLER"
  };
  private static final String[] LAST = {
    "SAMPLE", "EXAMPLE", "TESTER", "PLACEHOLDER", "DOE", "ROE", "MUSTERMANN"
  };
  private static final String[][] PLACES = {
    {"636000", "VA", "RICHMOND", "23269"}, {"636014", "CA", "SACRAMENTO", "95818"},
    {"636015", "TX", "AUSTIN", "78701"}, {"636010", "FL", "TALLAHASSEE", "32301"},
    {"636001", "NY", "ALBANY", "12203"}, {"636033", "AL", "MONTGOMERY", "36104"}
  };

  private SyntheticPayload() {}

  public static String next(RandomGenerator rnd) {
    String[] place = PLACES[rnd.nextInt(PLACES.length)];
    int birthYear = 1950 + rnd.nextInt(55);
    String dob = String.format("%02d%02d%d", 1 + rnd.nextInt(12), 1 + rnd.nextInt(28), birthYear);
    int issueYear = 2019 + rnd.nextInt(6);
    String issue = String.format("%02d%02d%d", 1 + rnd.nextInt(12), 1 + rnd.nextInt(28), issueYear);
    String expiry = issue.substring(0, 4) + (issueYear + 8);
    String dl =
        "DL"
            + "DAQ"
            + (char) ('A' + rnd.nextInt(26))
            + String.format("%08d", rnd.nextInt(100_000_000))
            + "\n"
            + "DCSSYNTH"
            + LAST[rnd.nextInt(LAST.length)]
            + "\n"
            + "DDEN\n"
            + "DAC"
            + FIRST[rnd.nextInt(FIRST.length)]
            + "\n"
            + "DDFN\n"
            + "DADNONE\n"
            + "DDGN\n"
            + "DCAD\nDCBNONE\nDCDNONE\n"
            + "DBD"
            + issue
            + "\n"
            + "DBB"
            + dob
            + "\n"
            + "DBA"
            + expiry
            + "\n"
            + "DBC"
            + (1 + rnd.nextInt(2))
            + "\n"
            + "DAU0"
            + (58 + rnd.nextInt(20))
            + " in\n"
            + "DAYBRO\n"
            + "DAG"
            + (100 + rnd.nextInt(9000))
            + " EXAMPLE STREET\n"
            + "DAI"
            + place[2]
            + "\n"
            + "DAJ"
            + place[1]
            + "\n"
            + "DAK"
            + place[3]
            + "0000  \n"
            + "DCF"
            + String.format("%016d", Math.abs(rnd.nextLong()) % 10_000_000_000_000_000L)
            + "\n"
            + "DCGUSA\n"
            + "DDAF\n"
            + "DDB06062018\n"
            + "DDK1\r";
    String header = "@\n\u001e\rANSI " + place[0] + "10" + "01" + "01";
    int offset = header.length() + 10;
    return header + "DL" + String.format("%04d%04d", offset, dl.length()) + dl;
  }
}
