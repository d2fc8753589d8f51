package onramp.documents.aamva;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The writer for the synthetic corpus produces payloads the parser reads back unchanged. */
class AamvaEncoderTest {

  static AamvaLicence.Builder synthetic() {
    return AamvaLicence.builder()
        .jurisdiction("VA")
        .licenseNumber("T64235789")
        .lastName("SAMPLE")
        .firstName("MICHAEL")
        .middleName("JOHN PAUL")
        .suffix("JR")
        .dateOfBirth(LocalDate.of(1986, 6, 6))
        .issueDate(LocalDate.of(2019, 6, 6))
        .expirationDate(LocalDate.of(2027, 6, 6))
        .sex(Sex.MALE)
        .height(Height.ofInches(68))
        .eyeColor("BRO")
        .address(
            new Address(
                "2300 WEST BROAD STREET",
                Optional.of("APT 4"),
                "RICHMOND",
                "VA",
                "23269-1234",
                Country.USA))
        .licenseClass("D")
        .restrictions("B")
        .documentDiscriminator("2424244747474786102204")
        .auditInformation("20190606_000001");
  }

  @ParameterizedTest(name = "version {0}")
  @ValueSource(ints = {8, 9, 10})
  void roundTripsASyntheticLicence(int version) {
    AamvaLicence licence = synthetic().aamvaVersion(version).build();

    AamvaLicence read = AamvaParser.parse(AamvaEncoder.encode(licence));

    assertThat(read).usingRecursiveComparison().ignoringFields("elements").isEqualTo(licence);
    assertThat(read.warnings()).isEmpty();
  }

  @Test
  void roundTripsACanadianIdCardWithCentimetres() {
    AamvaLicence licence =
        synthetic()
            .jurisdiction("ON")
            .documentType("ID")
            .height(Height.ofCentimeters(170))
            .address(
                new Address(
                    "123 ST GEORGE ST E",
                    Optional.empty(),
                    "FERGUS",
                    "ON",
                    "N1M 3J6",
                    Country.CANADA))
            .build();

    String payload = AamvaEncoder.encode(licence);
    AamvaLicence read = AamvaParser.parse(payload);

    assertThat(read).usingRecursiveComparison().ignoringFields("elements").isEqualTo(licence);
    assertThat(payload).contains("\nDBB19860606\n").contains("IDDAQ");
  }

  @Test
  void writesAHeaderWhoseOffsetsAndLengthsMatchTheSubfiles() {
    AamvaLicence licence = synthetic().elements(java.util.Map.of("ZVA", "01")).build();

    String payload = AamvaEncoder.encode(licence);

    assertThat(payload).startsWith("@\n\u001e\rANSI 636000100002DL0041");
    Matcher d = Pattern.compile("(DL|ZV)(\\d{4})(\\d{4})").matcher(payload.substring(21, 41));
    while (d.find()) {
      int offset = Integer.parseInt(d.group(2));
      int length = Integer.parseInt(d.group(3));
      assertThat(payload.substring(offset, offset + 2)).isEqualTo(d.group(1));
      assertThat(payload.charAt(offset + length - 1)).isEqualTo('\r');
    }
    assertThat(payload).endsWith("ZVZVA01\r");
  }

  @Test
  void readsItsOwnPayloadAfterAKeyboardWedgeScannerStripsTheSeparators() {
    AamvaLicence licence = synthetic().elements(java.util.Map.of("ZVA", "01", "ZVB", "X")).build();
    String stripped = AamvaEncoder.encode(licence).replaceAll("[\\n\\r\\u001e]", "");

    AamvaLicence read = AamvaParser.parse(stripped);

    assertThat(read)
        .usingRecursiveComparison()
        .ignoringFields("elements", "warnings", "repairs")
        .isEqualTo(licence);
    assertThat(read.elements()).containsEntry("ZVA", "01").containsEntry("ZVB", "X");
  }

  static Stream<String> samples() {
    return Samples.parseable().stream();
  }

  @ParameterizedTest
  @MethodSource("samples")
  void reEncodesEveryPublicSampleWithoutLosingAField(String file) {
    AamvaLicence sample = AamvaParser.parse(Samples.read(file));

    AamvaLicence read = AamvaParser.parse(AamvaEncoder.encode(sample));

    assertThat(read)
        .usingRecursiveComparison()
        .ignoringFields("elements", "warnings", "repairs", "aamvaVersion", "jurisdictionVersion")
        .isEqualTo(sample);
    assertThat(read.elements())
        .containsAllEntriesOf(
            sample.elements().entrySet().stream()
                .filter(e -> e.getKey().startsWith("Z"))
                .collect(
                    java.util.stream.Collectors.toMap(
                        java.util.Map.Entry::getKey, java.util.Map.Entry::getValue)));
    assertThat(read.warnings()).noneMatch(w -> w.contains("offset") || w.contains("shorter"));
  }

  @ParameterizedTest
  @MethodSource("samples")
  void readsEverySampleBackAfterAKeyboardWedgeStripsTheSeparators(String file) {
    AamvaLicence sample = AamvaParser.parse(Samples.read(file));
    String stripped = AamvaEncoder.encode(sample).replaceAll("[\\n\\r\\u001e]", "");

    AamvaLicence read = AamvaParser.parse(stripped);

    assertThat(read)
        .usingRecursiveComparison()
        .ignoringFields("elements", "warnings", "repairs", "aamvaVersion", "jurisdictionVersion")
        .isEqualTo(sample);
  }
}
