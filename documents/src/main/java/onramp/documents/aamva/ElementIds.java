package onramp.documents.aamva;

import java.util.HashSet;
import java.util.Set;

/**
 * The DL/ID element identifiers each version defines. Only needed to split payloads whose
 * separators were stripped (keyboard-wedge scanners); with separators any {@code D??} is accepted.
 */
final class ElementIds {
  /** DL/ID-2000 (version 01): DAA–DAZ, DBA–DBS. */
  private static final Set<String> VERSION_01 = version01();

  /** Versions 02–10: the 2005–2020 element tables, including DCT/DCH of versions 02–03. */
  private static final Set<String> LATER =
      Set.of(
          "DCA", "DCB", "DCD", "DBA", "DCS", "DCT", "DAC", "DAD", "DBD", "DBB", "DBC", "DAY", "DAU",
          "DAG", "DAH", "DAI", "DAJ", "DAK", "DAQ", "DCF", "DCG", "DDE", "DDF", "DDG", "DAZ", "DCI",
          "DCJ", "DCK", "DBN", "DBG", "DBS", "DCU", "DCE", "DCL", "DCM", "DCN", "DCO", "DCP", "DCQ",
          "DCR", "DCH", "DDA", "DDB", "DDC", "DDD", "DAW", "DAX", "DDH", "DDI", "DDJ", "DDK",
          "DDL");

  private ElementIds() {}

  static Set<String> forVersion(int version) {
    return version <= 1 ? VERSION_01 : LATER;
  }

  private static Set<String> version01() {
    Set<String> ids = new HashSet<>();
    for (char c = 'A'; c <= 'Z'; c++) {
      ids.add("DA" + c);
    }
    for (char c = 'A'; c <= 'S'; c++) {
      ids.add("DB" + c);
    }
    return Set.copyOf(ids);
  }
}
