package onramp.documents.aamva;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import onramp.documents.aamva.AamvaFormatException.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Broken payloads are rejected with the precise problem and a message naming the element. */
class AamvaRejectionTest {
  private static final String V10 = Samples.read("benhovinga/v10.txt");

  @Test
  void rejectsThePlaceholderSampleWhoseExpiryIsNoDate() {
    AamvaFormatException e = reject(Samples.read(Samples.BROKEN));

    assertThat(e.problem()).isEqualTo(Problem.INVALID_DATE);
    assertThat(e.getMessage()).contains("expiration date (DBA)");
    assertThat(e.document()).isEqualTo("dl-back");
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "''                                   | NOT_AAMVA",
        "'   '                                | NOT_AAMVA",
        "ABC123                               | NOT_AAMVA",
        "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA     | NOT_AAMVA",
        "hello world, this is not a licence   | NOT_AAMVA",
        "'@\n\u001e\rANSI '                   | NOT_AAMVA",
        "'@\n\u001e\rANSI 6360'               | NOT_AAMVA",
        "'@\n\u001e\rANSI 636000'             | UNSUPPORTED_VERSION",
        "'@\n\u001e\rANSI 6360001100'         | UNSUPPORTED_VERSION",
        "'@\n\u001e\rANSI 6360000000'         | UNSUPPORTED_VERSION",
        "'@\n\u001e\rANSI 636000100102DL00410278ZV03190008' | NO_DL_SUBFILE",
      })
  void rejectsGarbageEmptyAndTruncatedHeaders(String payload, Problem problem) {
    assertThat(reject(payload).problem()).isEqualTo(problem);
  }

  @Test
  void rejectsAPayloadThatIsCutShortBeforeTheMandatoryElements() {
    String cut = V10.substring(0, V10.indexOf("DBB"));

    AamvaFormatException e = reject(cut);

    assertThat(e.problem()).isEqualTo(Problem.MISSING_MANDATORY_ELEMENT);
    assertThat(e.getMessage()).startsWith("barcode has no date of birth (DBB)");
  }

  @ParameterizedTest(name = "without {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "DBB | date of birth (DBB)",
        "DBA | expiration date (DBA)",
        "DAQ | licence number (DAQ)",
        "DCS | family name (DCS)",
        "DAC | first name (DAC)",
      })
  void rejectsAPayloadMissingAMandatoryElement(String id, String named) {
    AamvaFormatException e = reject(withoutElement(V10, id));

    assertThat(e.problem()).isEqualTo(Problem.MISSING_MANDATORY_ELEMENT);
    assertThat(e.getMessage())
        .isEqualTo("barcode has no " + named + "; the scan may be cut short, rescan the barcode");
  }

  @ParameterizedTest(name = "{0}={1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "DBB | 13452020 | date of birth (DBB)",
        "DBB | 02301990 | date of birth (DBB)",
        "DBA | 1224     | expiration date (DBA)",
        "DBD | 0606201X | issue date (DBD)",
      })
  void rejectsAnImpossibleDate(String id, String value, String named) {
    AamvaFormatException e = reject(withValue(V10, id, value));

    assertThat(e.problem()).isEqualTo(Problem.INVALID_DATE);
    assertThat(e.getMessage()).startsWith(named).doesNotContain(value);
  }

  @Test
  void rejectsAnIssuerNumberNoTableKnowsWhenNoStateNamesOne() {
    String payload = withoutElement(V10.replace("ANSI 636000", "ANSI 999999"), "DAJ");

    AamvaFormatException e = reject(payload);

    assertThat(e.problem()).isEqualTo(Problem.UNKNOWN_IIN);
    assertThat(e.getMessage()).contains("999999");
  }

  @Test
  void acceptsAnUnknownIssuerNumberWhenTheStateNamesTheJurisdiction() {
    AamvaLicence l = AamvaParser.parse(V10.replace("ANSI 636000", "ANSI 999999"));

    assertThat(l.iin()).isEqualTo("999999");
    assertThat(l.jurisdiction().code()).isEqualTo("VA");
    assertThat(l.warnings()).anyMatch(w -> w.contains("999999 is not in the IIN table"));
  }

  @Test
  void rejectsASexOutsideItsCodes() {
    AamvaFormatException e = reject(withValue(V10, "DBC", "Q"));

    assertThat(e.problem()).isEqualTo(Problem.INVALID_ELEMENT);
    assertThat(e.getMessage()).contains("sex (DBC)");
  }

  @Test
  void saysWhatToDoNext() {
    assertThatThrownBy(() -> AamvaParser.parse("not a barcode"))
        .isInstanceOf(onramp.documents.DocumentException.class)
        .hasMessageContaining("scan the PDF417 barcode on the back of the licence");
  }

  /** Removes the element (its separator stays, an empty segment is harmless). */
  static String withoutElement(String payload, String id) {
    return payload.replaceFirst("(\n|DL)" + id + "[^\n\r]*", "$1");
  }

  static String withValue(String payload, String id, String value) {
    return payload.replaceFirst("(\n|DL)" + id + "[^\n\r]*", "$1" + id + value);
  }

  private static AamvaFormatException reject(String payload) {
    AamvaFormatException e =
        catchThrowableOfType(AamvaFormatException.class, () -> AamvaParser.parse(payload));
    assertThat(e).as("expected a rejection").isNotNull();
    return e;
  }
}
