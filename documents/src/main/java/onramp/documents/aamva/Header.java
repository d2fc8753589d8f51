package onramp.documents.aamva;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import onramp.documents.aamva.AamvaFormatException.Problem;

/**
 * The file header: compliance indicator {@code @}, separators, file type ({@code ANSI }, or {@code
 * AAMVA}/{@code AMVA} on old cards), IIN, version, jurisdiction version (not in version 01), number
 * of entries, then one 10-character designator per subfile.
 *
 * @param compliance index of the {@code @} in the text, -1 when absent
 * @param end index of the first character after the designators
 */
record Header(
    int compliance,
    String iin,
    int version,
    Optional<Integer> jurisdictionVersion,
    List<Designator> designators,
    int end) {

  static final int LATEST_VERSION = 10;

  /** Scanners put a BOM, blanks or mangled separators first; the file type comes soon after. */
  private static final int MAX_FILE_TYPE_START = 16;

  private static final Pattern FILE_TYPE = Pattern.compile("ANSI ?|AAMVA ?|AMVA ?");
  private static final Pattern DESIGNATOR = Pattern.compile("([A-Z]{2})(\\d{4})(\\d{4})");
  private static final Pattern TYPE_ONLY = Pattern.compile("[A-Z]{2}");

  /** A subfile designator; offset and length are -1 when they were not numbers. */
  record Designator(String type, int offset, int length) {
    boolean hasOffsets() {
      return offset >= 0 && length >= 0;
    }
  }

  static Header parse(String text, List<String> warnings) {
    Matcher fileType = FILE_TYPE.matcher(text);
    fileType.region(0, Math.min(text.length(), MAX_FILE_TYPE_START + 6));
    if (!fileType.find() || fileType.start() > MAX_FILE_TYPE_START) {
      throw new AamvaFormatException(
          Problem.NOT_AAMVA,
          "barcode is not an AAMVA licence barcode: no '@ ... ANSI' header at its start;"
              + " scan the PDF417 barcode on the back of the licence");
    }
    int compliance = text.lastIndexOf('@', fileType.start());
    if (compliance < 0) {
      warnings.add("header has no compliance indicator '@' before the file type");
    }
    int pos = fileType.end();
    String iin =
        digits(text, pos, 6)
            .orElseThrow(
                () ->
                    new AamvaFormatException(
                        Problem.NOT_AAMVA,
                        "barcode header has no six-digit issuer number (IIN) after the file type;"
                            + " the scan may be cut short, rescan the barcode"));
    pos += 6;
    int version =
        digits(text, pos, 2)
            .map(Integer::parseInt)
            .orElseThrow(
                () ->
                    new AamvaFormatException(
                        Problem.UNSUPPORTED_VERSION,
                        "barcode header has no two-digit AAMVA version after the IIN"));
    if (version < 1 || version > LATEST_VERSION) {
      throw new AamvaFormatException(
          Problem.UNSUPPORTED_VERSION,
          String.format(
              "barcode uses AAMVA version %02d; this reader knows versions 01 to %02d",
              version, LATEST_VERSION));
    }
    pos += 2;
    Optional<Integer> jurisdictionVersion = Optional.empty();
    if (version > 1) {
      jurisdictionVersion = digits(text, pos, 2).map(Integer::parseInt);
      if (jurisdictionVersion.isEmpty()) {
        warnings.add("header has no two-digit jurisdiction version");
      } else {
        pos += 2;
      }
    }
    Optional<Integer> entries = digits(text, pos, 2).map(Integer::parseInt);
    if (entries.isEmpty()) {
      warnings.add("header has no two-digit number of entries");
    } else {
      pos += 2;
    }
    List<Designator> designators = new ArrayList<>();
    for (int i = 0; i < entries.orElse(0); i++) {
      Matcher d = DESIGNATOR.matcher(text).region(pos, Math.min(text.length(), pos + 10));
      if (d.lookingAt()) {
        designators.add(
            new Designator(d.group(1), Integer.parseInt(d.group(2)), Integer.parseInt(d.group(3))));
        pos += 10;
        continue;
      }
      Matcher t = TYPE_ONLY.matcher(text).region(pos, Math.min(text.length(), pos + 2));
      if (t.lookingAt()) {
        designators.add(new Designator(t.group(), -1, -1));
      }
      warnings.add(
          "subfile designator "
              + (i + 1)
              + " of "
              + entries.get()
              + " is malformed; subfiles located by scanning");
      break;
    }
    return new Header(compliance, iin, version, jurisdictionVersion, List.copyOf(designators), pos);
  }

  /** The type of the first DL or ID designator, or DL. */
  String dlType() {
    return designators.stream()
        .map(Designator::type)
        .filter(t -> t.equals("DL") || t.equals("ID"))
        .findFirst()
        .orElse("DL");
  }

  private static Optional<String> digits(String text, int from, int count) {
    if (from + count > text.length()) {
      return Optional.empty();
    }
    String s = text.substring(from, from + count);
    return s.chars().allMatch(c -> c >= '0' && c <= '9') ? Optional.of(s) : Optional.empty();
  }
}
