package onramp.workspace.templates;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.RuntimeJsonMappingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The cities the company operates in ({@value #RESOURCE}): where the translate template's language
 * choices come from.
 */
public final class Cities {
  static final String RESOURCE = ShippedTemplates.DIRECTORY + "cities.csv";
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
  private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

  /**
   * One city.
   *
   * @param country ISO 3166-1 alpha-2
   * @param languages ISO 639-1 codes, the first the most used
   */
  public record City(String name, String region, String country, List<String> languages) {}

  private Cities() {}

  /** Every city of the shipped file, in file order. */
  public static List<City> load() {
    try (InputStream in = Cities.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the class path");
      }
      return parse(in, RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException(RESOURCE + " cannot be read", e);
    }
  }

  /** Reads a city table: CSV with a header, '#' comment lines, languages joined by ';'. */
  static List<City> parse(InputStream in, String file) throws IOException {
    CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.FAIL_ON_MISSING_HEADER_COLUMNS);
    CsvSchema schema = CsvSchema.emptySchema().withHeader().withComments();
    List<City> cities = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    try (MappingIterator<Map<String, String>> rows =
        mapper.readerForMapOf(String.class).with(schema).readValues(in)) {
      while (rows.hasNext()) {
        String where = file + " line " + rows.getCurrentLocation().getLineNr();
        Map<String, String> row;
        try {
          row = rows.next();
        } catch (RuntimeJsonMappingException e) {
          throw new IllegalStateException(where + ": " + e.getMessage(), e);
        }
        City city =
            new City(
                field(row, "city", where),
                field(row, "region", where),
                field(row, "country", where),
                Arrays.stream(field(row, "languages", where).split(";"))
                    .map(String::strip)
                    .toList());
        if (!COUNTRIES.contains(city.country())) {
          throw new IllegalStateException(
              where + ": country '" + city.country() + "' is not an ISO 3166-1 alpha-2 code");
        }
        for (String language : city.languages()) {
          if (!LANGUAGES.contains(language)) {
            throw new IllegalStateException(
                where + ": language '" + language + "' is not an ISO 639-1 code");
          }
        }
        if (!seen.add(city.name() + "|" + city.region() + "|" + city.country())) {
          throw new IllegalStateException(where + ": " + city.name() + " is listed twice");
        }
        cities.add(city);
      }
    }
    return cities;
  }

  /** The English names of every language of the cities, sorted: e.g. Catalan, Dutch, English. */
  public static List<String> languageNames(List<City> cities) {
    TreeSet<String> names = new TreeSet<>(Comparator.naturalOrder());
    for (City city : cities) {
      for (String code : city.languages()) {
        names.add(languageName(code));
      }
    }
    return List.copyOf(names);
  }

  /** The English name of an ISO 639-1 code, e.g. {@code ca} is Catalan. */
  public static String languageName(String code) {
    return Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
  }

  private static String field(Map<String, String> row, String column, String where) {
    String value = row.get(column);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(where + ": the " + column + " is empty");
    }
    return value.strip();
  }
}
