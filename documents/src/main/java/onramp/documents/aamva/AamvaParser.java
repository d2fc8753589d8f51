package onramp.documents.aamva;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import onramp.documents.aamva.AamvaFormatException.Problem;

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
      throw new AamvaFormatException(Problem.NOT_AAMVA,
          "barcode is empty; scan the PDF417 barcode on the back of the licence");
    }
    List<String> warnings = new ArrayList<>();
    Header header = Header.parse(text, warnings);
    Map<String, Map<String, String>> subfiles =
        ElementScanner.scan(text.substring(header.end()), header, warnings);
    String type = subfiles.entrySet().stream()
        .filter(e -> (e.getKey().equals("DL") || e.getKey().equals("ID")) && !e.getValue().isEmpty())
        .map(Map.Entry::getKey)
        .findFirst()
        .orElseThrow(() -> new AamvaFormatException(Problem.NO_DL_SUBFILE,
            "barcode has an AAMVA header but no DL or ID subfile with elements;"
                + " the scan may be cut short, rescan the barcode"));
    checkOffsets(text, header, warnings);
    Map<String, String> dl = subfiles.get(type);
    Jurisdiction jurisdiction = jurisdiction(header.iin(), dl, warnings);
    Map<String, String> all = new LinkedHashMap<>(dl);
    subfiles.forEach((t, elements) -> elements.forEach(all::putIfAbsent));
    return LicenceReader.read(new LicenceReader.Context(header, jurisdiction, type), dl, all, warnings);
  }

  /** A BOM and blanks before the {@code @} are common scanner artefacts. */
  private static String stripLeading(String payload) {
    int i = 0;
    while (i < payload.length() && (payload.charAt(i) == '\uFEFF' || payload.charAt(i) == ' ' || payload.charAt(i) == '\t')) {
      i++;
    }
    return payload.substring(i);
  }

  private static Jurisdiction jurisdiction(String iin, Map<String, String> dl, List<String> warnings) {
    Optional<String> state = Names.clean(dl.get("DAJ"));
    Optional<Jurisdiction> byIin = IINS.byIin(iin);
    if (byIin.isPresent()) {
      state.filter(s -> !s.equalsIgnoreCase(byIin.get().code()))
          .ifPresent(s -> warnings.add("issuer " + iin + " is " + byIin.get().code()
              + " but the address state (DAJ) is " + s));
      return byIin.get();
    }
    Optional<Jurisdiction> byState = state.flatMap(IINS::byCode);
    if (byState.isPresent()) {
      warnings.add("issuer number " + iin + " is not in the IIN table; jurisdiction taken from the address state (DAJ)");
      return byState.get();
    }
    throw new AamvaFormatException(Problem.UNKNOWN_IIN, "barcode issuer number (IIN) " + iin
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
        warnings.add("subfile " + d.type() + " is not at the offset its designator gives (" + d.offset() + ")");
      } else if (at + d.length() > text.length()) {
        warnings.add("subfile " + d.type() + " is shorter than its designator says (" + d.length()
            + "); the scan may be cut short");
      }
    }
  }
}
