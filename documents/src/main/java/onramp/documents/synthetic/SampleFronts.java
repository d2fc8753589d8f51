package onramp.documents.synthetic;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;
import onramp.documents.front.FrontField;
import onramp.documents.front.PrintedFormats;

/**
 * Synthetic people on synthetic cards, for the benchmark and tests. No real person is described.
 */
public final class SampleFronts {
  private static final List<String> LAST =
      List.of(
          "ALVAREZ",
          "BRENNAN",
          "CARTWRIGHT",
          "DOUGHERTY",
          "ELLSWORTH",
          "FAIRBANKS",
          "GALLOWAY",
          "HOLLOWAY",
          "KOWALSKI",
          "MERRIWEATHER",
          "NAKAMURA",
          "OKAFOR",
          "PEMBERTON",
          "QUINTERO",
          "RASMUSSEN",
          "SANTIAGO",
          "THORNBURY",
          "VANDERMEER",
          "WHITLOCK",
          "YOUNGBLOOD");
  private static final List<String> FIRST =
      List.of(
          "AMELIA",
          "BENJAMIN",
          "CAROLINE",
          "DESMOND",
          "ELEANOR",
          "FRANKLIN",
          "GABRIELA",
          "HAROLD",
          "JASMINE",
          "KENNETH",
          "LUCINDA",
          "MARCUS",
          "NATALIE",
          "OSCAR",
          "PRISCILLA",
          "RAYMOND",
          "SAMANTHA",
          "TOBIAS");
  private static final List<String> MIDDLE =
      List.of("ANN", "JAMES", "MARIE", "LEE", "ROSE", "EDWARD", "GRACE");
  private static final List<String> STREETS =
      List.of(
          "MAPLE AVE",
          "OAK ST",
          "RIVERSIDE DR",
          "HIGHLAND RD",
          "CEDAR LN",
          "LAKEVIEW BLVD",
          "PINE CT");
  private static final List<String[]> PLACES =
      List.of(
          new String[] {"VA", "VIRGINIA", "RICHMOND", "232"},
              new String[] {"TX", "TEXAS", "AUSTIN", "787"},
          new String[] {"OH", "OHIO", "COLUMBUS", "432"},
              new String[] {"WA", "WASHINGTON", "SPOKANE", "992"},
          new String[] {"CO", "COLORADO", "BOULDER", "803"},
              new String[] {"GA", "GEORGIA", "SAVANNAH", "314"},
          new String[] {"MN", "MINNESOTA", "DULUTH", "558"},
              new String[] {"PA", "PENNSYLVANIA", "ERIE", "165"});
  private static final List<String> EYES = List.of("BRO", "BLU", "GRN", "HAZ", "GRY", "BLK");

  private SampleFronts() {}

  public static FrontContent random(RandomGenerator r) {
    String[] place = PLACES.get(r.nextInt(PLACES.size()));
    LocalDate born = LocalDate.of(1950 + r.nextInt(55), 1 + r.nextInt(12), 1 + r.nextInt(28));
    LocalDate issued = LocalDate.of(2018 + r.nextInt(8), 1 + r.nextInt(12), 1 + r.nextInt(28));
    boolean commercial = r.nextInt(4) == 0;
    return new FrontContent(
        place[0],
        place[1],
        (char) ('A' + r.nextInt(26)) + digits(r, 8),
        LAST.get(r.nextInt(LAST.size())),
        FIRST.get(r.nextInt(FIRST.size())),
        r.nextInt(3) == 0 ? Optional.empty() : Optional.of(MIDDLE.get(r.nextInt(MIDDLE.size()))),
        r.nextInt(8) == 0 ? Optional.of("JR") : Optional.empty(),
        born,
        issued,
        issued.plusYears(8).withDayOfMonth(born.getDayOfMonth()),
        List.of("M", "F", "X").get(r.nextInt(10) == 0 ? 2 : r.nextInt(2)),
        58 + r.nextInt(20),
        EYES.get(r.nextInt(EYES.size())),
        (1 + r.nextInt(9899)) + " " + STREETS.get(r.nextInt(STREETS.size())),
        place[2],
        place[0],
        place[3] + digits(r, 2),
        commercial ? List.of("A", "B").get(r.nextInt(2)) : "C",
        commercial ? List.of("P", "PS", "N").get(r.nextInt(3)) : "NONE",
        r.nextInt(3) == 0 ? "B" : "NONE");
  }

  /** What a perfect reading of this content would report, field by field. */
  public static Map<FrontField, String> expected(FrontContent c) {
    Map<FrontField, String> fields = new EnumMap<>(FrontField.class);
    fields.put(FrontField.LICENSE_NUMBER, PrintedFormats.normaliseLicenceNumber(c.licenceNumber()));
    fields.put(FrontField.LAST_NAME, c.lastName());
    fields.put(FrontField.FIRST_NAME, c.firstName());
    c.middleName().ifPresent(m -> fields.put(FrontField.MIDDLE_NAME, m));
    fields.put(FrontField.DATE_OF_BIRTH, c.dateOfBirth().toString());
    fields.put(FrontField.ISSUE_DATE, c.issueDate().toString());
    fields.put(FrontField.EXPIRATION_DATE, c.expirationDate().toString());
    fields.put(FrontField.SEX, c.sex());
    fields.put(FrontField.HEIGHT, Integer.toString(c.heightInches()));
    fields.put(FrontField.EYE_COLOR, c.eyeColor());
    fields.put(FrontField.ADDRESS_STREET, c.street());
    fields.put(FrontField.ADDRESS_CITY_STATE_ZIP, c.cityStateZipLine());
    fields.put(FrontField.LICENSE_CLASS, c.licenseClass());
    fields.put(FrontField.ENDORSEMENTS, c.endorsements());
    fields.put(FrontField.RESTRICTIONS, c.restrictions());
    return fields;
  }

  private static String digits(RandomGenerator r, int n) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < n; i++) {
      s.append(r.nextInt(10));
    }
    return s.toString();
  }
}
