package onramp.documents.aamva;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import onramp.documents.aamva.AamvaFormatException.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Envelopes as other parsers' fixtures and real scanners write them (no record separator after
 * "@\n", a version above 10, a damaged header) are read leniently: every field equals the reading
 * of the undamaged sample, and each repair is stated. The content is not repaired: an invalid value
 * is rejected whatever the envelope.
 */
class AamvaLenientTest {
  private static final String V10 = Samples.read("benhovinga/v10.txt");

  static Stream<Arguments> damaged() {
    List<Arguments> cases = new ArrayList<>();
    for (Envelopes.Mutation m : Envelopes.all()) {
      for (String file : Samples.parseable()) {
        if (m.on(Samples.read(file)).isPresent()) {
          cases.add(Arguments.of(m, file));
        }
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("damaged")
  void readsEveryFieldThroughADamagedEnvelopeAndSaysWhatItRepaired(
      Envelopes.Mutation m, String file) {
    String original = Samples.read(file);
    AamvaLicence want = AamvaParser.parse(original);

    AamvaLicence got = AamvaParser.parse(m.on(original).orElseThrow());

    assertThat(comparable(got, want, m.kind())).isEqualTo(comparable(want, want, m.kind()));
    assertThat(got.repairs()).as("repairs").anyMatch(r -> r.contains(m.noteContains()));
    assertThat(want.repairs())
        .as("the undamaged sample's repairs")
        .noneMatch(r -> r.contains(m.noteContains()));
    if (m.kind() == Envelopes.Kind.VERSION) {
      assertThat(got.aamvaVersion()).isEqualTo(10);
    }
  }

  @Test
  void coversEachClassOnSeveralSamples() {
    for (Envelopes.Mutation m : Envelopes.all()) {
      long applied =
          Samples.parseable().stream().filter(f -> m.on(Samples.read(f)).isPresent()).count();
      assertThat(applied).as(m.name()).isGreaterThanOrEqualTo(8);
    }
  }

  @Test
  void statesEachRepairOfTheBenhovingaVersion10Example() {
    assertThat(AamvaParser.parse(V10).repairs()).isEmpty();
    assertThat(AamvaParser.parse(V10.replace("@\n\u001e\r", "@\n")).repairs())
        .containsExactly(
            "no record separator after the compliance indicator: '@' is followed by LF instead of LF RS CR",
            "subfile DL offset 41 did not point at the data; found at 39");
    assertThat(AamvaParser.parse(V10.replace("ANSI 636000100102", "ANSI 636000110102")).repairs())
        .containsExactly("version 11 read as 10 (the latest version this reader knows)");
    assertThat(AamvaParser.parse(V10.replace("DL00410278", "DL00370278")).repairs())
        .containsExactly("subfile DL offset 37 did not point at the data; found at 41");
    assertThat(AamvaParser.parse(V10.replace("ANSI 636000", "ANSI 63600")).repairs())
        .containsExactly(
            "subfile DL offset 41 did not point at the data; found at 40",
            "issuer number (IIN) '63600' is not six digits; issuer taken from the address state (DAJ): VA, 636000");
    assertThat(
            AamvaParser.parse(
                    V10.replace("ANSI ", "AAMVA")
                        .replace("0102DL", "0105dl")
                        .replace("DLDAQ", "dlDAQ")
                        .replace("\n", "\r\n"))
                .repairs())
        .containsExactly(
            "the compliance indicator '@' is followed by CR LF RS CR instead of LF RS CR",
            "file type 'AAMVA' read as 'ANSI '",
            "subfile count 05 in the header, but 2 well-formed subfile designators found",
            "subfile type 'dl' read as 'DL'",
            "subfile DL offset 41 did not point at the data; found at 42",
            "CR LF line ends read as element separators (LF)");
  }

  @Test
  void readsAllThreeClassesAtOnce() {
    String damaged = V10.replace("@\n\u001e\rANSI 636000100102", "@\nAAMVA636000990105");

    AamvaLicence l = AamvaParser.parse(damaged);

    assertThat(comparable(l, l, Envelopes.Kind.VERSION))
        .isEqualTo(comparable(AamvaParser.parse(V10), l, Envelopes.Kind.VERSION));
    assertThat(l.repairs()).hasSize(5).anyMatch(r -> r.startsWith("version 99 read as 10"));
  }

  @Test
  void rejectsAnImpossibleDateWhateverTheEnvelope() {
    String payload = AamvaRejectionTest.withValue(V10, "DBB", "13452020");
    for (String damaged : damagedEnvelopes(payload)) {
      assertThat(problem(damaged))
          .as(Envelope.describe(damaged.substring(0, 20)))
          .isEqualTo(Problem.INVALID_DATE);
    }
  }

  @Test
  void rejectsAMissingMandatoryElementWhateverTheEnvelope() {
    for (String id : List.of("DBB", "DAQ", "DBA", "DCS")) {
      for (String damaged : damagedEnvelopes(AamvaRejectionTest.withoutElement(V10, id))) {
        assertThat(problem(damaged)).as(id).isEqualTo(Problem.MISSING_MANDATORY_ELEMENT);
      }
    }
  }

  @Test
  void rejectsAnIssuerItCannotRepairWhenNoStateNamesOne() {
    String payload =
        AamvaRejectionTest.withoutElement(V10.replace("ANSI 636000", "ANSI 63600"), "DAJ");

    assertThat(problem(payload)).isEqualTo(Problem.UNKNOWN_IIN);
  }

  @Test
  void stillRejectsThePlaceholderSampleThroughADamagedEnvelope() {
    String nh = Samples.read(Samples.BROKEN);
    for (Envelopes.Mutation m : Envelopes.all()) {
      Optional<String> damaged = m.on(nh);
      damaged.ifPresent(d -> assertThat(problem(d)).as(m.name()).isEqualTo(Problem.INVALID_DATE));
    }
    assertThat(problem(nh.replace("ANSI 111111030001", "ANSI 111111990001")))
        .isEqualTo(Problem.INVALID_DATE);
  }

  @Test
  void doesNotMistakeTextWithElementIdentifiersForALicence() {
    assertThat(problem("DLDAQT64235789\nDCSSAMPLE\nDACMICHAEL\nDBB06061986"))
        .isEqualTo(Problem.NOT_AAMVA);
    assertThat(problem("please see DLDAQ1234 in the manual")).isEqualTo(Problem.NOT_AAMVA);
    assertThat(problem("@\n\u001e\rANSI 6360001100")).isEqualTo(Problem.UNSUPPORTED_VERSION);
  }

  private static List<String> damagedEnvelopes(String payload) {
    return List.of(
        payload.replace("@\n\u001e\r", "@\n"),
        payload.replace("ANSI 636000100102", "ANSI 636000110102"),
        payload.replace("ANSI 636000100102", "ANSI 636000990102"),
        payload.replace("ANSI 636000", "AAMVA63600"),
        payload.replace("0102DL", "0105dl").replace("DLDAQ", "dlDAQ"),
        payload.replace("\n", "\r\n"));
  }

  /**
   * The licence without what describes the envelope; a repaired version and IIN compared as the
   * brief allows.
   */
  private static AamvaLicence comparable(
      AamvaLicence l, AamvaLicence original, Envelopes.Kind kind) {
    AamvaLicence.Builder b = l.toBuilder().warnings(List.of()).repairs(List.of());
    if (kind == Envelopes.Kind.VERSION) {
      // The version is the one thing a version repair changes: 11, 12, 99 are read as 10.
      b.aamvaVersion(0).jurisdictionVersion(0);
    }
    if (kind == Envelopes.Kind.ISSUER
        && !IinTable.standard().iinOf(original.jurisdiction()).orElse("").equals(original.iin())) {
      // Alberta's cards carry 990876, not the table's 604432: a lost IIN comes back as the table's.
      b.iin("");
    }
    return b.build();
  }

  private static Problem problem(String payload) {
    try {
      AamvaParser.parse(payload);
    } catch (AamvaFormatException e) {
      return e.problem();
    }
    throw new AssertionError(
        "accepted: " + Envelope.describe(payload.substring(0, Math.min(40, payload.length()))));
  }
}
