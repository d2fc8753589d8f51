package onramp.documents.aamva;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import onramp.documents.aamva.AamvaFormatException.Problem;
import org.jspecify.annotations.Nullable;

/**
 * Reads the decoded text of an AAMVA DL/ID PDF417 barcode (versions 01–10) as scanners really
 * deliver it: with a BOM or leading blanks, mangled or stripped separators, {@code |} separators,
 * wrong subfile offsets, dates in either order. What it tolerated is listed in {@link
 * AamvaLicence#warnings()}; what it cannot read it rejects with an {@link AamvaFormatException}.
 */
public final class AamvaParser {
  private static final IinTable IINS = IinTable.standard();

  private AamvaParser() {}

  /**
   * @throws AamvaFormatException when the text is not a usable AAMVA payload; its {@link
   *     AamvaFormatException#problem()} says why
   */
  public static AamvaLicence parse(String payload) {
    String text = stripLeading(payload);
    if (text.isEmpty()) {
      throw new AamvaFormatException(
          Problem.NOT_AAMVA,
          "barcode is empty; scan the PDF417 barcode on the back of the licence");
    }
    List<String> warnings = new ArrayList<>();
    Header header;
    try {
      header = Header.parse(text, warnings);
    } catch (AamvaFormatException strict) {
      if (!ENVELOPE_PROBLEMS.contains(strict.problem())) {
        throw strict;
      }
      return Envelope.read(text)
          .map(envelope -> lenient(text, envelope, strict))
          .orElseThrow(() -> strict);
    }
    Optional<Envelope.Reading> envelope = Envelope.read(text);
    if (envelope.isPresent() && (envelope.get().realigned() || envelope.get().lowercaseType())) {
      // The strict header read shifted fields (a digit lost in the IIN) or missed a lower-case
      // "dl".
      return lenient(text, envelope.get(), null);
    }
    List<String> repairs = envelope.map(Envelope.Reading::repairs).orElse(List.of());
    return readBody(text, text.substring(header.end()), header, warnings).toBuilder()
        .repairs(repairs)
        .build();
  }

  /** Problems of the envelope, which the lenient reading may get past; the content's are final. */
  private static final java.util.Set<Problem> ENVELOPE_PROBLEMS =
      java.util.EnumSet.of(Problem.NOT_AAMVA, Problem.UNSUPPORTED_VERSION);

  /**
   * Reads the data elements where the lenient envelope reading found them. When it finds no DL or
   * ID subfile with elements, the strict reading's error stands.
   */
  private static AamvaLicence lenient(
      String text, Envelope.Reading envelope, @Nullable AamvaFormatException strict) {
    List<String> repairs = new ArrayList<>(envelope.repairs());
    String body = envelope.body(text);
    Map<String, String> dl =
        ElementScanner.scan(body, envelope.header(""), new ArrayList<>())
            .getOrDefault(envelope.subfileType(), Map.of());
    if (dl.isEmpty() && strict != null) {
      throw strict;
    }
    String iin =
        envelope.iin().orElseGet(() -> issuerFromState(envelope.iinAsWritten(), dl, repairs));
    return readBody(text, body, envelope.header(iin), new ArrayList<>()).toBuilder()
        .repairs(repairs)
        .build();
  }

  /** A damaged issuer number: the address state names the jurisdiction, the table its IIN. */
  private static String issuerFromState(
      String asWritten, Map<String, String> dl, List<String> repairs) {
    Optional<Jurisdiction> byState = Names.clean(dl.get("DAJ")).flatMap(IINS::byCode);
    Optional<String> iin = byState.flatMap(IINS::iinOf);
    if (byState.isEmpty() || iin.isEmpty()) {
      throw new AamvaFormatException(
          Problem.UNKNOWN_IIN,
          "barcode issuer number (IIN) is damaged or missing"
              + " and no state (DAJ) names the jurisdiction; rescan the barcode");
    }
    String written =
        asWritten.isEmpty() ? "is missing" : Envelope.describe(asWritten) + " is not six digits";
    repairs.add(
        "issuer number (IIN) "
            + written
            + "; issuer taken from the address state (DAJ): "
            + byState.get().code()
            + ", "
            + iin.get());
    return iin.get();
  }

  private static AamvaLicence readBody(
      String text, String body, Header header, List<String> warnings) {
    Map<String, Map<String, String>> subfiles = ElementScanner.scan(body, header, warnings);
    Map.Entry<String, Map<String, String>> subfile =
        subfiles.entrySet().stream()
            .filter(
                e ->
                    (e.getKey().equals("DL") || e.getKey().equals("ID")) && !e.getValue().isEmpty())
            .findFirst()
            .orElseThrow(
                () ->
                    new AamvaFormatException(
                        Problem.NO_DL_SUBFILE,
                        "barcode has an AAMVA header but no DL or ID subfile with elements;"
                            + " the scan may be cut short, rescan the barcode"));
    checkOffsets(text, header, warnings);
    String type = subfile.getKey();
    Map<String, String> dl = subfile.getValue();
    Jurisdiction jurisdiction = jurisdiction(header.iin(), dl, warnings);
    Map<String, String> all = new LinkedHashMap<>(dl);
    subfiles.forEach((t, elements) -> elements.forEach(all::putIfAbsent));
    return LicenceReader.read(
        new LicenceReader.Context(header, jurisdiction, type), dl, all, warnings);
  }

  /** A BOM and blanks before the {@code @} are common scanner artefacts. */
  private static String stripLeading(String payload) {
    int i = 0;
    while (i < payload.length()
        && (payload.charAt(i) == '\uFEFF'
            || payload.charAt(i) == ' '
            || payload.charAt(i) == '\t')) {
      i++;
    }
    return payload.substring(i);
  }

  private static Jurisdiction jurisdiction(
      String iin, Map<String, String> dl, List<String> warnings) {
    Optional<String> state = Names.clean(dl.get("DAJ"));
    Optional<Jurisdiction> byIin = IINS.byIin(iin);
    if (byIin.isPresent()) {
      state
          .filter(s -> !s.equalsIgnoreCase(byIin.get().code()))
          .ifPresent(
              s ->
                  warnings.add(
                      "issuer "
                          + iin
                          + " is "
                          + byIin.get().code()
                          + " but the address state (DAJ) is "
                          + s));
      return byIin.get();
    }
    Optional<Jurisdiction> byState = state.flatMap(IINS::byCode);
    if (byState.isPresent()) {
      warnings.add(
          "issuer number "
              + iin
              + " is not in the IIN table; jurisdiction taken from the address state (DAJ)");
      return byState.get();
    }
    throw new AamvaFormatException(
        Problem.UNKNOWN_IIN,
        "barcode issuer number (IIN) "
            + iin
            + " belongs to no known AAMVA jurisdiction and no state (DAJ) names one;"
            + " the licence may be foreign or forged");
  }

  /** Offsets only confirm what scanning found; most real cards get them wrong, so this warns. */
  private static void checkOffsets(String text, Header header, List<String> warnings) {
    if (header.compliance() < 0) {
      return;
    }
    for (Header.Designator d : header.designators()) {
      if (!d.hasOffsets()) {
        continue;
      }
      int at = header.compliance() + d.offset();
      if (!text.startsWith(d.type(), at)) {
        warnings.add(
            "subfile "
                + d.type()
                + " is not at the offset its designator gives ("
                + d.offset()
                + ")");
      } else if (at + d.length() > text.length()) {
        warnings.add(
            "subfile "
                + d.type()
                + " is shorter than its designator says ("
                + d.length()
                + "); the scan may be cut short");
      }
    }
  }
}
