package onramp.onboarding.i9;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import onramp.documents.aamva.IinTable;
import onramp.onboarding.identity.Names;

/**
 * The jurisdictions an "Issuing Authority" written on a Form I-9 names: "NYS DMV", "PennDOT",
 * "Virginia Department of Motor Vehicles", "VA", "ICBC". The agencies' names are data ({@code
 * licensing-authorities.tsv}); each jurisdiction's own name comes from the AAMVA IIN table. An
 * authority that names no jurisdiction ("DMV") names nobody, not another issuer.
 */
final class LicensingAuthorities {
  private static final String RESOURCE = "/onramp/onboarding/i9/licensing-authorities.tsv";
  private static final LicensingAuthorities STANDARD = load();

  /** Normalised name or abbreviation → the jurisdiction code it names. */
  private final Map<String, String> names;

  private LicensingAuthorities(Map<String, String> names) {
    this.names = Map.copyOf(names);
  }

  static LicensingAuthorities standard() {
    return STANDARD;
  }

  /** The jurisdiction codes {@code authority} names: empty when it names none. */
  Set<String> named(String authority) {
    String text = " " + words(authority) + " ";
    // Longest names first, each claiming the characters it covers: "West Virginia DMV" names West
    // Virginia, not Virginia ("Virginia DMV" overlaps the longer "West Virginia").
    List<String> matched =
        names.keySet().stream()
            .filter(name -> text.contains(" " + name + " "))
            .sorted(Comparator.comparingInt(String::length).reversed())
            .toList();
    boolean[] claimed = new boolean[text.length()];
    Set<String> codes = new LinkedHashSet<>();
    for (String name : matched) {
      int at = text.indexOf(" " + name + " ") + 1;
      boolean free = true;
      for (int i = at; i < at + name.length(); i++) {
        free &= !claimed[i];
      }
      if (free) {
        Arrays.fill(claimed, at, at + name.length(), true);
        codes.add(names.get(name));
      }
    }
    String bare = text.strip();
    if (bare.length() == 2 && IinTable.standard().byCode(bare).isPresent()) {
      codes.add(bare);
    }
    String first = bare.split(" ", 2)[0];
    if (first.length() == 2
        && bare.contains(" ")
        && IinTable.standard().byCode(first).isPresent()
        && codes.isEmpty()) {
      codes.add(first); // "VA Dept of Motor Vehicles"
    }
    return codes;
  }

  /** Whether {@code authority} could be the issuer of jurisdiction {@code code}'s licences. */
  boolean couldBe(String authority, String code) {
    Set<String> named = named(authority);
    return named.isEmpty() || named.contains(code.toUpperCase(Locale.ROOT));
  }

  private static String words(String s) {
    return Names.normalise(s).replaceAll("[^A-Z0-9 ]", " ").replaceAll("\\s+", " ").strip();
  }

  private static LicensingAuthorities load() {
    Map<String, String> names = new LinkedHashMap<>();
    try (InputStream in = LicensingAuthorities.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the classpath");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String> codes = new ArrayList<>();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t", 2);
        String code = cells[0].strip();
        codes.add(code);
        for (String name : cells[1].split("\\|", -1)) {
          names.put(words(name), code);
        }
      }
      for (String code : codes) {
        IinTable.standard().byCode(code).ifPresent(j -> names.putIfAbsent(words(j.name()), code));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    return new LicensingAuthorities(names);
  }
}
