package onramp.documents.aamva;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Damages the envelope (header, designators, separators) of a public sample payload the way other
 * AAMVA parsers' fixtures and real scanners do, leaving every data element as it was. Each mutation
 * answers empty when it does not apply to a sample (e.g. no record separator to remove).
 */
final class Envelopes {
  private static final Pattern FILE_TYPE = Pattern.compile("ANSI ?|AAMVA ?|AMVA ?");

  /** One kind of envelope damage, and the words its repair note must contain. */
  record Mutation(
      String name, Kind kind, UnaryOperator<Optional<String>> apply, String noteContains) {
    Optional<String> on(String payload) {
      return apply.apply(Optional.of(payload)).filter(m -> !m.equals(payload));
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /**
   * The three classes measured on other parsers' fixtures; the issuer number is part of the header.
   */
  enum Kind {
    NO_RECORD_SEPARATOR,
    VERSION,
    HEADER,
    ISSUER
  }

  /** Where the header's fields are in a sample whose header is complete. */
  record Layout(
      int compliance,
      int fileType,
      int fileTypeEnd,
      int iin,
      int version,
      int entries,
      int designators) {
    static Optional<Layout> of(String p) {
      Matcher m = FILE_TYPE.matcher(p);
      m.region(0, Math.min(p.length(), 24));
      if (!m.find()) {
        return Optional.empty();
      }
      int at = m.end();
      if (!digits(p, at, 8)) {
        return Optional.empty();
      }
      int version = Integer.parseInt(p.substring(at + 6, at + 8));
      int entries = version <= 1 ? at + 8 : at + 10;
      if (!digits(p, entries, 2)) {
        return Optional.empty();
      }
      return Optional.of(
          new Layout(
              p.lastIndexOf('@', m.start()), m.start(), m.end(), at, at + 6, entries, entries + 2));
    }

    int versionNumber(String p) {
      return Integer.parseInt(p.substring(version, version + 2));
    }
  }

  private Envelopes() {}

  static List<Mutation> all() {
    List<Mutation> list = new ArrayList<>();
    list.add(
        new Mutation(
            "no RS after '@\\n'",
            Kind.NO_RECORD_SEPARATOR,
            o ->
                o.filter(p -> p.contains("@\n\u001e\r"))
                    .map(p -> p.replaceFirst("@\n\u001e\r", "@\n\r")),
            "no record separator after the compliance indicator"));
    list.add(
        new Mutation(
            "no RS, no CR after '@\\n'",
            Kind.NO_RECORD_SEPARATOR,
            o ->
                o.filter(p -> p.contains("@\n\u001e\r"))
                    .map(p -> p.replaceFirst("@\n\u001e\r", "@\n")),
            "no record separator after the compliance indicator"));
    list.add(
        new Mutation(
            "RS and CR swapped",
            Kind.NO_RECORD_SEPARATOR,
            o ->
                o.filter(p -> p.contains("@\n\u001e\r"))
                    .map(p -> p.replaceFirst("@\n\u001e\r", "@\n\r\u001e")),
            "'@' is followed by LF CR RS instead of LF RS CR"));
    list.add(version("11"));
    list.add(version("99"));
    list.add(version("12"));
    list.add(
        new Mutation(
            "'ANSI ' written 'AAMVA'",
            Kind.HEADER,
            o ->
                o.flatMap(
                    p ->
                        Layout.of(p)
                            .filter(
                                l -> p.startsWith("ANSI ", l.fileType()) && l.versionNumber(p) > 1)
                            .map(
                                l ->
                                    p.substring(0, l.fileType())
                                        + "AAMVA"
                                        + p.substring(l.fileTypeEnd()))),
            "file type 'AAMVA' read as 'ANSI '"));
    list.add(
        new Mutation(
            "'ANSI' without its space",
            Kind.HEADER,
            o ->
                o.flatMap(
                    p ->
                        Layout.of(p)
                            .filter(l -> p.startsWith("ANSI ", l.fileType()))
                            .map(
                                l ->
                                    p.substring(0, l.fileType())
                                        + "ANSI"
                                        + p.substring(l.fileTypeEnd()))),
            "file type 'ANSI' read as 'ANSI '"));
    list.add(
        new Mutation(
            "IIN digit missing",
            Kind.ISSUER,
            o ->
                o.flatMap(
                    p ->
                        Layout.of(p)
                            .map(l -> p.substring(0, l.iin() + 3) + p.substring(l.iin() + 4))),
            "issuer taken from the address state (DAJ)"));
    list.add(
        new Mutation(
            "IIN missing",
            Kind.ISSUER,
            o ->
                o.flatMap(
                    p -> Layout.of(p).map(l -> p.substring(0, l.iin()) + p.substring(l.iin() + 6))),
            "issuer taken from the address state (DAJ)"));
    list.add(
        new Mutation(
            "IIN digits garbled",
            Kind.ISSUER,
            o ->
                o.flatMap(
                    p ->
                        Layout.of(p)
                            .map(
                                l ->
                                    p.substring(0, l.iin() + 2) + "O?" + p.substring(l.iin() + 4))),
            "issuer taken from the address state (DAJ)"));
    list.add(
        new Mutation(
            "subfile count too high",
            Kind.HEADER,
            o ->
                o.flatMap(
                    p ->
                        Layout.of(p)
                            .map(
                                l ->
                                    p.substring(0, l.entries())
                                        + "05"
                                        + p.substring(l.entries() + 2))),
            "subfile count 05 in the header"));
    list.add(
        new Mutation(
            "subfile count 00",
            Kind.HEADER,
            o ->
                o.flatMap(
                    p ->
                        Layout.of(p)
                            .filter(
                                l -> p.substring(l.designators()).matches("(?s)[A-Z]{2}\\d{8}.*"))
                            .map(
                                l ->
                                    p.substring(0, l.entries())
                                        + "00"
                                        + p.substring(l.entries() + 2))),
            "subfile count 00 in the header"));
    list.add(
        new Mutation(
            "subfile count missing",
            Kind.HEADER,
            o ->
                o.flatMap(
                    p ->
                        Layout.of(p)
                            .map(l -> p.substring(0, l.entries()) + p.substring(l.entries() + 2))),
            "header has no subfile count"));
    list.add(
        new Mutation(
            "offsets and lengths wrong",
            Kind.HEADER,
            o ->
                o.flatMap(
                    p ->
                        Layout.of(p)
                            .filter(
                                l -> p.substring(l.designators()).matches("(?s)[A-Z]{2}\\d{8}.*"))
                            .map(
                                l ->
                                    p.substring(0, l.designators() + 2)
                                        + "09990001"
                                        + p.substring(l.designators() + 10))),
            "offset 999 did not point at the data; found at"));
    list.add(
        new Mutation(
            "CR LF line ends",
            Kind.HEADER,
            o ->
                o.filter(p -> p.indexOf('\n', 2) > 0 && !p.contains("\r\n"))
                    .map(p -> p.replace("\n", "\r\n")),
            "CR LF line ends read as element separators (LF)"));
    list.add(
        new Mutation(
            "subfile type lowercase 'dl'",
            Kind.HEADER,
            o ->
                o.flatMap(
                    p ->
                        Layout.of(p)
                            .filter(
                                l ->
                                    p.startsWith("DL", l.designators())
                                        && p.indexOf("DLD", l.designators() + 10) > 0)
                            .map(
                                l -> {
                                  int marker = p.indexOf("DLD", l.designators() + 10);
                                  return p.substring(0, l.designators())
                                      + "dl"
                                      + p.substring(l.designators() + 2, marker)
                                      + "dl"
                                      + p.substring(marker + 2);
                                })),
            "subfile type 'dl' read as 'DL'"));
    return List.copyOf(list);
  }

  private static Mutation version(String v) {
    return new Mutation(
        "version " + v,
        Kind.VERSION,
        o ->
            o.flatMap(
                p ->
                    Layout.of(p)
                        .filter(l -> l.versionNumber(p) > 1)
                        .map(l -> p.substring(0, l.version()) + v + p.substring(l.version() + 2))),
        "version " + v + " read as 10");
  }

  private static boolean digits(String p, int from, int count) {
    return from + count <= p.length()
        && p.substring(from, from + count).chars().allMatch(c -> c >= '0' && c <= '9');
  }
}
