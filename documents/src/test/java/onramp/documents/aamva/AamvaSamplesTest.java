package onramp.documents.aamva;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.aggregator.ArgumentsAccessor;
import org.junit.jupiter.params.provider.CsvFileSource;

/** Every public sample parses to the values its source repository's tests (or its payload) give. */
class AamvaSamplesTest {

  @ParameterizedTest(name = "{0}")
  @CsvFileSource(resources = "/aamva/expected.tsv", delimiter = '\t', numLinesToSkip = 1)
  void readsEverySampleAsItsSourceExpects(ArgumentsAccessor row) {
    AamvaLicence l = AamvaParser.parse(Samples.read(row.getString(0)));

    assertThat(l.iin()).isEqualTo(row.getString(1));
    assertThat(l.jurisdiction().code()).isEqualTo(row.getString(2));
    assertThat(l.aamvaVersion()).isEqualTo(row.getInteger(3));
    assertThat(l.documentType()).isEqualTo(row.getString(4));
    assertThat(l.licenseNumber()).isEqualTo(row.getString(5));
    assertThat(l.lastName()).isEqualTo(row.getString(6));
    assertThat(l.firstName()).isEqualTo(row.getString(7));
    assertThat(l.middleName()).isEqualTo(optional(row.getString(8)));
    assertThat(l.suffix()).isEqualTo(optional(row.getString(9)));
    assertThat(l.dateOfBirth()).isEqualTo(LocalDate.parse(row.getString(10)));
    assertThat(l.issueDate()).isEqualTo(optional(row.getString(11)).map(LocalDate::parse));
    assertThat(l.expirationDate()).isEqualTo(LocalDate.parse(row.getString(12)));
    assertThat(l.sex()).isEqualTo(Sex.valueOf(row.getString(13)));
    assertThat(l.height().map(Height::inches))
        .isEqualTo(optional(row.getString(14)).map(Integer::valueOf));
    assertThat(l.eyeColor()).isEqualTo(optional(row.getString(15)));
    assertThat(l.address())
        .isEqualTo(
            new Address(
                row.getString(16),
                optional(row.getString(17)),
                row.getString(18),
                row.getString(19),
                row.getString(20),
                Country.valueOf(row.getString(21))));
    assertThat(l.licenseClass()).isEqualTo(text(row.getString(22)));
    assertThat(l.restrictions()).isEqualTo(text(row.getString(23)));
    assertThat(l.endorsements()).isEqualTo(text(row.getString(24)));
  }

  @Test
  void keepsTheRawElementsBenhovingaExpectsForVersion01() {
    AamvaLicence l = AamvaParser.parse(Samples.read("benhovinga/v01.txt"));

    assertThat(l.elements())
        .containsExactlyEntriesOf(
            orderedOf(
                "DAQ",
                "0123456789ABC",
                "DAA",
                "PUBLIC,JOHN,Q",
                "DAG",
                "123 MAIN STREET",
                "DAI",
                "ANYTOWN",
                "DAJ",
                "VA",
                "DAK",
                "123459999  ",
                "DAR",
                "DM  ",
                "DAS",
                "          ",
                "DAT",
                "     ",
                "DAU",
                "509",
                "DAW",
                "175",
                "DAY",
                "BL ",
                "DAZ",
                "BR ",
                "DBA",
                "20011201",
                "DBB",
                "19761123",
                "DBC",
                "M",
                "DBD",
                "19961201",
                "ZVA",
                "JURISDICTIONDEFINEDELEMENT"));
    assertThat(l.warnings()).isEmpty();
    assertThat(l.jurisdictionVersion()).isEmpty();
  }

  @Test
  void keepsTheRawElementsBenhovingaExpectsForVersion10() {
    AamvaLicence l = AamvaParser.parse(Samples.read("benhovinga/v10.txt"));

    assertThat(l.elements())
        .containsExactlyEntriesOf(
            orderedOf(
                "DAQ",
                "T64235789",
                "DCS",
                "SAMPLE",
                "DDE",
                "N",
                "DAC",
                "MICHAEL",
                "DDF",
                "N",
                "DAD",
                "JOHN",
                "DDG",
                "N",
                "DCU",
                "JR",
                "DCA",
                "D",
                "DCB",
                "K",
                "DCD",
                "PH",
                "DBD",
                "06062019",
                "DBB",
                "06061986",
                "DBA",
                "12102024",
                "DBC",
                "1",
                "DAU",
                "068 in",
                "DAY",
                "BRO",
                "DAG",
                "2300 WEST BROAD STREET",
                "DAI",
                "RICHMOND",
                "DAJ",
                "VA",
                "DAK",
                "232690000  ",
                "DCF",
                "2424244747474786102204",
                "DCG",
                "USA",
                "DCK",
                "123456789",
                "DDA",
                "F",
                "DDB",
                "06062018",
                "DDC",
                "06062020",
                "DDD",
                "1",
                "ZVA",
                "01"));
    assertThat(l.jurisdictionVersion()).contains(1);
    assertThat(l.warnings()).isEmpty();
    assertThat(l.documentDiscriminator()).contains("2424244747474786102204");
    assertThat(l.lastNameTruncation()).isEqualTo(Truncation.NOT_TRUNCATED);
  }

  @Test
  void keepsJurisdictionSubfileElementsRaw() {
    AamvaLicence ma = AamvaParser.parse(Samples.read("idparser/Licenses_MA_2016.txt"));
    AamvaLicence fl = AamvaParser.parse(Samples.read("idparser/Licenses_FL.txt"));

    // IdParser reads "ZMZMA504" as element ZMZ = "MA504"; by the standard it is subfile ZM, element
    // ZMA.
    assertThat(ma.elements()).containsEntry("ZMA", "504").containsEntry("ZMB", "08102016");
    assertThat(ma.documentDiscriminator()).contains("08102016 REV 02222016");
    assertThat(fl.elements())
        .containsKeys("ZFA", "ZFB", "ZFC", "ZFD", "ZFE")
        .containsEntry("ZFE", "09-01-12");
  }

  @Test
  void splitsKeyboardWedgePayloadsAtKnownIdentifiers() {
    AamvaLicence tx = AamvaParser.parse(Samples.read("aamvajs-stripped/PDF417_TX.txt"));

    assertThat(tx.elements())
        .containsEntry("DCS", "DOE")
        .containsEntry("DCU", "")
        .containsEntry("ZTA", "130")
        .containsEntry("ZTB", "A");
    assertThat(tx.warnings()).anyMatch(w -> w.contains("no element separators"));
  }

  @Test
  void warnsWhenItInfersTheDateOrder() {
    AamvaLicence wv = AamvaParser.parse(Samples.read("idparser/Licenses_WV.txt"));
    AamvaLicence nb = AamvaParser.parse(Samples.read("idparser/Licenses_NB.txt"));

    assertThat(wv.warnings())
        .contains(
            "date of birth (DBB) read as CCYYMMDD although the standard says MMDDCCYY for this card");
    assertThat(nb.warnings())
        .contains(
            "expiration date (DBA) read as MMDDCCYY although the standard says CCYYMMDD for this card");
  }

  @Test
  void warnsWhenDesignatorOffsetsDisagreeWithTheSubfiles() {
    AamvaLicence ct =
        AamvaParser.parse(Samples.read("idparser/Licenses_CT_Undefined_Characters.txt"));

    assertThat(ct.warnings()).contains("subfile DL is not at the offset its designator gives (41)");
  }

  @Test
  void takesTheJurisdictionFromTheTableEvenForAlbertasNonIsoIssuerNumber() {
    AamvaLicence ab = AamvaParser.parse(Samples.read("idparser/Licenses_AB.txt"));

    assertThat(ab.jurisdiction()).isEqualTo(new Jurisdiction("AB", "Alberta", Country.CANADA));
  }

  private static Map<String, String> orderedOf(String... kv) {
    Map<String, String> map = new java.util.LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      map.put(kv[i], kv[i + 1]);
    }
    return map;
  }

  private static Optional<String> optional(@Nullable String cell) {
    return Optional.ofNullable(cell).filter(s -> !s.isEmpty());
  }

  private static String text(@Nullable String cell) {
    return cell == null ? "" : cell;
  }
}
