package onramp.documents.aamva;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A second, lenient reading of the envelope (compliance indicator, separators, file type, IIN,
 * version, subfile count, designators) that does not stop at the first defect. It finds the DL/ID
 * subfile by its type followed by data element identifiers, and lists every deviation from the
 * standard it had to read around as a repair ("version 11 read as 10"). It never throws: what it
 * cannot establish stays empty and the parser decides.
 *
 * <p>Only the envelope is repaired. The data elements are read by the same {@link ElementScanner}
 * and {@link LicenceReader} as always, so an invalid value is still rejected.
 */
final class Envelope {
  private static final Pattern FILE_TYPE =
      Pattern.compile("ANSI ?|AAMVA ?|AMVA ?", Pattern.CASE_INSENSITIVE);
  private static final Pattern DESIGNATOR = Pattern.compile("([A-Za-z]{2})(\\d{4})(\\d{4})");
  private static final Pattern TWO_LETTERS = Pattern.compile("[A-Za-z]{2}");
  private static final int MAX_FILE_TYPE_START = 16;
  private static final String STANDARD_SEPARATORS = "\n\u001e\r";
  private static final Set<String> ALL_IDS = allIds();

  /** What the lenient reading established. */
  record Reading(
      int compliance,
      Optional<String> iin,
      String iinAsWritten,
      int version,
      boolean versionRepaired,
      Optional<Integer> jurisdictionVersion,
      List<Header.Designator> designators,
      int subfile,
      String subfileType,
      boolean lowercaseType,
      boolean realigned,
      List<String> repairs) {

    /** The header the element scanner and the licence reader work with, issuer resolved. */
    Header header(String issuer) {
      return new Header(compliance, issuer, version, jurisdictionVersion, designators, subfile);
    }

    /** The payload with the subfile type upper-cased where it was written in lower case. */
    String body(String text) {
      String rest = text.substring(subfile);
      return lowercaseType ? subfileType + rest.substring(2) : rest;
    }
  }

  private Envelope() {}

  /** Empty when no DL or ID subfile followed by data elements can be found. */
  static Optional<Reading> read(String text) {
    try {
      return reading(text);
    } catch (RuntimeException e) {
      // A defensive net: the lenient reading must never turn a format error into a crash.
      return Optional.empty();
    }
  }

  private static Optional<Reading> reading(String text) {
    List<String> repairs = new ArrayList<>();
    Matcher fileType = FILE_TYPE.matcher(text);
    fileType.region(0, Math.min(text.length(), MAX_FILE_TYPE_START + 6));
    boolean hasFileType = fileType.find() && fileType.start() <= MAX_FILE_TYPE_START;
    int compliance;
    int regionStart;
    if (hasFileType) {
      compliance = text.lastIndexOf('@', fileType.start());
      regionStart = fileType.end();
    } else if (text.startsWith("@")) {
      compliance = 0;
      regionStart = 1;
      while (regionStart < text.length() && Character.isISOControl(text.charAt(regionStart))) {
        regionStart++;
      }
    } else {
      return Optional.empty();
    }
    int marked = findSubfile(text, regionStart);
    int searchEnd = marked >= 0 ? marked : Math.min(text.length(), regionStart + 24 + 10);

    // Designators: the first run of type + offset + length after the header digits.
    List<Header.Designator> designators = new ArrayList<>();
    List<String> typesAsWritten = new ArrayList<>();
    Matcher d = DESIGNATOR.matcher(text).region(regionStart, searchEnd);
    int firstDesignator = -1;
    int afterDesignators = -1;
    if (d.find() && d.start() <= regionStart + 24) {
      firstDesignator = d.start();
      int pos = d.start();
      while (pos + 10 <= text.length()) {
        Matcher one = DESIGNATOR.matcher(text).region(pos, pos + 10);
        if (!one.lookingAt()) {
          break;
        }
        typesAsWritten.add(one.group(1));
        designators.add(
            new Header.Designator(
                one.group(1).toUpperCase(Locale.ROOT),
                Integer.parseInt(one.group(2)),
                Integer.parseInt(one.group(3))));
        pos += 10;
      }
      afterDesignators = pos;
    }
    int subfile;
    boolean markerless = false;
    if (afterDesignators >= 0
        && marked != afterDesignators
        && afterDesignators + 3 <= text.length()
        && ALL_IDS.contains(text.substring(afterDesignators, afterDesignators + 3))) {
      // WV, WY and old CT cards start the elements right after the designators, without "DL".
      subfile = afterDesignators;
      markerless = true;
    } else if (marked >= 0) {
      subfile = marked;
    } else {
      return Optional.empty();
    }
    String type =
        markerless
            ? designators.stream()
                .map(Header.Designator::type)
                .filter(t -> t.equals("DL") || t.equals("ID"))
                .findFirst()
                .orElse("DL")
            : text.substring(subfile, subfile + 2).toUpperCase(Locale.ROOT);
    boolean lowercase = !markerless && !text.startsWith(type, subfile);
    Matcher letters = TWO_LETTERS.matcher(text).region(regionStart, subfile);
    int headerEnd = letters.find() ? letters.start() : subfile;
    if (firstDesignator >= 0) {
      headerEnd = Math.min(headerEnd, firstDesignator);
    }
    Fields f = Fields.of(text.substring(regionStart, headerEnd), looksLikeVersion01(text, subfile));

    separators(text, compliance, hasFileType ? fileType.start() : regionStart, repairs);
    if (!hasFileType) {
      repairs.add("no file type 'ANSI ' in the header");
    } else if (fileType.group().equalsIgnoreCase("ANSI")
        || (f.version >= 2 && !fileType.group().equals("ANSI "))) {
      // "AAMVA" and "AMVA" were the file type of cards before DL/ID-2000 and stay usual on version
      // 01.
      repairs.add("file type '" + fileType.group() + "' read as 'ANSI '");
    }
    repairs.addAll(f.repairs);
    if (f.count.isEmpty()) {
      repairs.add(
          "header has no subfile count; " + designators.size() + " subfile designators found");
    } else if (f.count.get() != designators.size()) {
      repairs.add(
          String.format(
              "subfile count %02d in the header, but %d well-formed subfile designators found",
              f.count.get(), designators.size()));
    }
    if (lowercase || typesAsWritten.stream().anyMatch(t -> !t.equals(t.toUpperCase(Locale.ROOT)))) {
      String written =
          lowercase
              ? text.substring(subfile, subfile + 2)
              : typesAsWritten.stream()
                  .filter(t -> !t.equals(t.toUpperCase(Locale.ROOT)))
                  .findFirst()
                  .orElseThrow();
      repairs.add(
          "subfile type '" + written + "' read as '" + written.toUpperCase(Locale.ROOT) + "'");
    }
    int origin = Math.max(compliance, 0);
    int at = subfile;
    designators.stream()
        .filter(x -> x.type().equals(type))
        .findFirst()
        .ifPresent(
            x -> {
              if (origin + x.offset() != at) {
                repairs.add(
                    "subfile "
                        + type
                        + " offset "
                        + x.offset()
                        + " did not point at the data; found at "
                        + (at - origin));
              }
            });
    if (crlfLineEnds(text, subfile)) {
      repairs.add("CR LF line ends read as element separators (LF)");
    }
    return Optional.of(
        new Reading(
            compliance,
            f.iin,
            f.iinAsWritten,
            f.version,
            f.versionRepaired,
            f.jurisdictionVersion,
            List.copyOf(designators),
            subfile,
            type,
            lowercase,
            !f.positional,
            List.copyOf(repairs)));
  }

  /** The first "DL" or "ID" (any case) followed by a data element identifier. */
  private static int findSubfile(String text, int from) {
    for (int i = from; i + 5 <= text.length(); i++) {
      boolean type =
          text.regionMatches(true, i, "DL", 0, 2) || text.regionMatches(true, i, "ID", 0, 2);
      int id = i + 2;
      while (type && id < text.length() && Character.isISOControl(text.charAt(id))) {
        id++;
      }
      if (type && id + 3 <= text.length() && ALL_IDS.contains(text.substring(id, id + 3))) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Versions 02–10 name the family name DCS (DCT for given names in 02–03); version 01 does not.
   */
  private static boolean looksLikeVersion01(String text, int subfile) {
    String body = text.substring(subfile);
    return !body.contains("DCS")
        && !body.contains("DCT")
        && (body.contains("DAA") || body.contains("DAB"));
  }

  private static void separators(
      String text, int compliance, int fileTypeStart, List<String> repairs) {
    if (compliance < 0) {
      repairs.add("no compliance indicator '@' before the file type");
      return;
    }
    String between = text.substring(compliance + 1, Math.max(compliance + 1, fileTypeStart));
    if (between.equals(STANDARD_SEPARATORS)) {
      return;
    }
    if (between.indexOf('\u001e') < 0) {
      repairs.add(
          "no record separator after the compliance indicator: '@' is followed by "
              + describe(between)
              + " instead of LF RS CR");
    } else {
      repairs.add(
          "the compliance indicator '@' is followed by "
              + describe(between)
              + " instead of LF RS CR");
    }
  }

  private static boolean crlfLineEnds(String text, int subfile) {
    int count = 0;
    for (int i = text.indexOf("\r\n", subfile);
        i >= 0 && count < 2;
        i = text.indexOf("\r\n", i + 2)) {
      count++;
    }
    return count >= 2;
  }

  /** Control characters by name (LF, RS, CR, 0x..), printable runs quoted: {@code LF '6M'}. */
  static String describe(String s) {
    if (s.isEmpty()) {
      return "nothing";
    }
    List<String> parts = new ArrayList<>();
    StringBuilder run = new StringBuilder();
    for (char c : s.toCharArray()) {
      String control =
          switch (c) {
            case '\n' -> "LF";
            case '\r' -> "CR";
            case '\u001e' -> "RS";
            default ->
                c < 0x20 || (c >= 0x7f && c < 0xa0) ? String.format("0x%02X", (int) c) : null;
          };
      if (control == null) {
        run.append(c);
        continue;
      }
      if (!run.isEmpty()) {
        parts.add("'" + run + "'");
        run.setLength(0);
      }
      parts.add(control);
    }
    if (!run.isEmpty()) {
      parts.add("'" + run + "'");
    }
    return String.join(" ", parts);
  }

  /** IIN, version, jurisdiction version and subfile count from the header's digits. */
  private static final class Fields {
    Optional<String> iin = Optional.empty();
    String iinAsWritten = "";
    int version;
    boolean versionRepaired;
    Optional<Integer> jurisdictionVersion = Optional.empty();
    Optional<Integer> count = Optional.empty();
    boolean positional;
    final List<String> repairs = new ArrayList<>();

    /**
     * The standard layout is IIN(6) version(2) jurisdiction-version(2) count(2), without the
     * jurisdiction version in version 01. When the region has another length, damage is taken to be
     * at its start (the IIN) and the fields are read from its end.
     */
    static Fields of(String region, boolean version01Elements) {
      Fields f = new Fields();
      String r = region;
      Optional<String> versionRaw;
      boolean standard12 = r.length() == 12 && digits(r);
      boolean standard10 = r.length() == 10 && digits(r) && r.startsWith("01", 6);
      boolean noCount01 =
          r.length() == 8 && digits(r) && r.startsWith("01", 6) && version01Elements;
      if (noCount01) {
        f.positional = true;
        f.iinAsWritten = r.substring(0, 6);
        f.iin = Optional.of(f.iinAsWritten);
        versionRaw = Optional.of("01");
      } else if (standard12 || standard10 || (r.length() == 10 && digits(r))) {
        f.positional = true;
        f.iinAsWritten = r.substring(0, 6);
        f.iin = Optional.of(f.iinAsWritten);
        versionRaw = Optional.of(r.substring(6, 8));
        if (standard10) {
          f.count = Optional.of(Integer.parseInt(r.substring(8, 10)));
        } else {
          f.jurisdictionVersion = Optional.of(Integer.parseInt(r.substring(8, 10)));
          if (standard12) {
            f.count = Optional.of(Integer.parseInt(r.substring(10, 12)));
          }
        }
      } else {
        int tail = r.length();
        while (tail > 0 && Character.isDigit(r.charAt(tail - 1)) && r.charAt(tail - 1) < 128) {
          tail--;
        }
        String digits = r.substring(tail);
        int n = digits.length();
        boolean v01 = n >= 4 && digits.startsWith("01", n - 4);
        if (version01Elements && v01) {
          versionRaw = Optional.of("01");
          f.count = Optional.of(Integer.parseInt(digits.substring(n - 2)));
          f.iinAsWritten = r.substring(0, r.length() - 4);
        } else if (n >= 6 && between(digits.substring(n - 6, n - 4), 2, 10)) {
          versionRaw = Optional.of(digits.substring(n - 6, n - 4));
          f.jurisdictionVersion = Optional.of(Integer.parseInt(digits.substring(n - 4, n - 2)));
          f.count = Optional.of(Integer.parseInt(digits.substring(n - 2)));
          f.iinAsWritten = r.substring(0, r.length() - 6);
        } else if (v01) {
          versionRaw = Optional.of("01");
          f.count = Optional.of(Integer.parseInt(digits.substring(n - 2)));
          f.iinAsWritten = r.substring(0, r.length() - 4);
        } else {
          versionRaw = Optional.empty();
          f.iinAsWritten = r;
        }
        if (f.iinAsWritten.length() == 6 && digits(f.iinAsWritten)) {
          f.iin = Optional.of(f.iinAsWritten);
        }
      }
      int inferred = version01Elements ? 1 : Header.LATEST_VERSION;
      String elementsAre = version01Elements ? "those of version 01" : "those of versions 02–10";
      if (versionRaw.isPresent() && between(versionRaw.get(), 1, Header.LATEST_VERSION)) {
        f.version = Integer.parseInt(versionRaw.get());
      } else if (versionRaw.isPresent()
          && digits(versionRaw.get())
          && !versionRaw.get().equals("00")) {
        f.version = inferred;
        f.versionRepaired = true;
        f.repairs.add(
            String.format(
                "version %s read as %02d (%s)",
                versionRaw.get(),
                inferred,
                version01Elements
                    ? "its elements are those of version 01"
                    : "the latest version this reader knows"));
      } else {
        f.version = inferred;
        f.versionRepaired = true;
        f.repairs.add(
            String.format(
                "no AAMVA version in the header%s; read as %02d (its elements are %s)",
                versionRaw.map(v -> " ('" + v + "')").orElse(""), inferred, elementsAre));
      }
      return f;
    }

    private static boolean between(String twoDigits, int min, int max) {
      if (!digits(twoDigits)) {
        return false;
      }
      int v = Integer.parseInt(twoDigits);
      return v >= min && v <= max;
    }

    private static boolean digits(String s) {
      return !s.isEmpty() && s.chars().allMatch(c -> c >= '0' && c <= '9');
    }
  }

  private static Set<String> allIds() {
    Set<String> ids = new java.util.HashSet<>(ElementIds.forVersion(1));
    ids.addAll(ElementIds.forVersion(10));
    return Set.copyOf(ids);
  }
}
