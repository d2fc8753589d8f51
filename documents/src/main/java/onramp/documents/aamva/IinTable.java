package onramp.documents.aamva;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Issuer identification numbers (the six digits after {@code ANSI } in the header) and the
 * jurisdictions they belong to. The table is a resource, {@code iin-table.tsv}, beside this class.
 */
public final class IinTable {
  private static final String RESOURCE = "iin-table.tsv";
  private static final IinTable STANDARD = load();

  private final Map<String, Jurisdiction> byIin;
  private final Map<String, Jurisdiction> byCode;

  private IinTable(Map<String, Jurisdiction> byIin, Map<String, Jurisdiction> byCode) {
    this.byIin = Map.copyOf(byIin);
    this.byCode = Map.copyOf(byCode);
  }

  /** The AAMVA table: 50 states, DC, territories, Canadian provinces, two Mexican states. */
  public static IinTable standard() {
    return STANDARD;
  }

  public Optional<Jurisdiction> byIin(String iin) {
    return Optional.ofNullable(byIin.get(iin.trim()));
  }

  /** By postal abbreviation, e.g. {@code VA}, {@code ON}. */
  public Optional<Jurisdiction> byCode(String code) {
    return Optional.ofNullable(byCode.get(code.trim().toUpperCase(java.util.Locale.ROOT)));
  }

  /** Some IIN of the jurisdiction (the first listed), for writing payloads. */
  Optional<String> iinOf(Jurisdiction jurisdiction) {
    return byIin.entrySet().stream()
        .filter(e -> e.getValue().equals(jurisdiction))
        .map(Map.Entry::getKey)
        .sorted()
        .findFirst();
  }

  private static IinTable load() {
    InputStream in = IinTable.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException(RESOURCE + " is missing from the classpath beside IinTable");
    }
    Map<String, Jurisdiction> byIin = new LinkedHashMap<>();
    Map<String, Jurisdiction> byCode = new LinkedHashMap<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#") || line.startsWith("IIN\t")) {
          continue;
        }
        String[] cells = line.split("\t", -1);
        Jurisdiction jurisdiction =
            new Jurisdiction(cells[1].trim(), cells[2].trim(), Country.parse(cells[3]));
        byIin.put(cells[0].trim(), jurisdiction);
        if (!jurisdiction.code().isEmpty()) {
          byCode.putIfAbsent(jurisdiction.code(), jurisdiction);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    return new IinTable(byIin, byCode);
  }
}
