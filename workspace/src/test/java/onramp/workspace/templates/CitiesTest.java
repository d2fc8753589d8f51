package onramp.workspace.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import onramp.workspace.templates.Cities.City;
import org.junit.jupiter.api.Test;

class CitiesTest {
  private static final Set<String> NORTH_AMERICA =
      Set.of("US", "CA", "MX", "PR", "PA", "CR", "DO", "GT");
  private static final Set<String> EUROPE =
      Set.of(
          "GB", "IE", "FR", "DE", "ES", "PT", "IT", "NL", "BE", "LU", "CH", "AT", "PL", "CZ", "SK",
          "HU", "RO", "BG", "GR", "SE", "NO", "DK", "FI", "IS", "EE", "LV", "LT", "SI", "HR", "RS",
          "BA", "MK", "AL", "MT");

  private final List<City> cities = Cities.load();

  @Test
  void theCompanyOperatesInTwoHundredDistinctCities() {
    assertThat(cities).hasSize(200);
    Set<String> keys = new HashSet<>();
    for (City c : cities) {
      assertThat(keys.add(c.name() + "|" + c.country())).as(c.name() + " listed twice").isTrue();
    }
  }

  @Test
  void everyCityIsInNorthAmericaOrEurope() {
    assertThat(cities).allSatisfy(c -> assertThat(c.country()).isIn(union(NORTH_AMERICA, EUROPE)));
    assertThat(cities.stream().filter(c -> NORTH_AMERICA.contains(c.country())).count())
        .isEqualTo(91);
    assertThat(cities.stream().filter(c -> EUROPE.contains(c.country())).count()).isEqualTo(109);
  }

  @Test
  void knownCitiesCarryTheirLanguages() {
    assertThat(city("Barcelona").languages()).containsExactly("ca", "es");
    assertThat(city("Montreal").languages()).containsExactly("fr");
    assertThat(city("Brussels").languages()).containsExactly("fr", "nl");
    assertThat(city("Kraków").country()).isEqualTo("PL");
    assertThat(city("Houston").region()).isEqualTo("Texas");
  }

  @Test
  void everyLanguageOfEveryCityIsATranslateChoice() {
    Template translate = translate();
    List<String> targets = translate.variable("targetLanguage").orElseThrow().choices();
    Set<String> spoken =
        cities.stream()
            .flatMap(c -> c.languages().stream())
            .map(Cities::languageName)
            .collect(Collectors.toSet());
    assertThat(targets).containsExactlyInAnyOrderElementsOf(spoken);
    assertThat(targets)
        .hasSize(36)
        .contains("English", "Spanish", "French", "Catalan", "Basque", "Welsh", "Irish", "Maltese")
        .isSorted();
    assertThat(translate.variable("sourceLanguage").orElseThrow().choices()).isEqualTo(targets);
  }

  @Test
  void aBrokenRowIsAnErrorNamingTheFileAndLine() {
    assertThatThrownBy(() -> parse("city,region,country,languages\nOslo,Oslo,NO,xx\n"))
        .hasMessage("test.csv line 2: language 'xx' is not an ISO 639-1 code");
    assertThatThrownBy(() -> parse("city,region,country,languages\nOslo,Oslo,ZZ,nb\n"))
        .hasMessage("test.csv line 2: country 'ZZ' is not an ISO 3166-1 alpha-2 code");
    assertThatThrownBy(() -> parse("city,region,country,languages\n,Oslo,NO,nb\n"))
        .hasMessage("test.csv line 2: the city is empty");
    assertThatThrownBy(
            () -> parse("city,region,country,languages\nOslo,Oslo,NO,nb\nOslo,Oslo,NO,nb\n"))
        .hasMessage("test.csv line 3: Oslo is listed twice");
  }

  private static List<City> parse(String csv) throws Exception {
    return Cities.parse(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "test.csv");
  }

  private City city(String name) {
    return cities.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
  }

  private static Template translate() {
    ShippedTemplates.Shipped shipped =
        ShippedTemplates.load().stream()
            .filter(s -> s.id().equals("translate"))
            .findFirst()
            .orElseThrow();
    return Template.of(shipped.id(), 1, shipped.draft(), "onramp", java.time.Instant.EPOCH);
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new HashSet<>(a);
    all.addAll(b);
    return all;
  }
}
