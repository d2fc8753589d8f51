package onramp.onboarding.licence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import onramp.documents.aamva.AamvaEncoder;
import onramp.documents.aamva.AamvaLicence;
import onramp.documents.aamva.Address;
import onramp.documents.aamva.Country;
import onramp.documents.aamva.Sex;
import onramp.documents.image.ImageBytes;
import onramp.documents.model.ModelReaders;
import onramp.documents.synthetic.BackStyle;
import onramp.documents.synthetic.LicenceBackRenderer;
import onramp.onboarding.TestReaders;
import onramp.onboarding.application.Documents;
import onramp.onboarding.casefile.DriverLicence;
import onramp.onboarding.decision.Reason;
import onramp.onboarding.decision.ReasonCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A licence back whose barcode envelope is damaged the way other parsers' fixtures are (version 11,
 * no record separator, "AAMVA" file type) is read, and the repairs reach the decision's {@code
 * fields.dl} and its evidence. A damaged envelope does not excuse damaged content.
 */
class BarcodeRepairsTest {
  @TempDir Path folder;

  private static String payload() {
    AamvaLicence licence =
        AamvaLicence.builder()
            .jurisdiction("VA")
            .documentType("DL")
            .licenseNumber("T12345678")
            .lastName("QUINN")
            .firstName("JORDAN")
            .dateOfBirth(LocalDate.of(1990, 4, 18))
            .issueDate(LocalDate.of(2020, 5, 1))
            .expirationDate(LocalDate.of(2028, 4, 18))
            .sex(Sex.MALE)
            .address(
                new Address(
                    "100 EXAMPLE WAY", Optional.empty(), "RICHMOND", "VA", "23219", Country.USA))
            .licenseClass("C")
            .build();
    return AamvaEncoder.encode(licence);
  }

  private LicenceRead readBack(String payload) throws Exception {
    Files.write(
        folder.resolve("dl-back.png"),
        ImageBytes.toPng(
            LicenceBackRenderer.render(
                payload, LicenceBackRenderer.fitted(payload, BackStyle.standard()))));
    return AamvaLicenceReader.standard(
            TestReaders.front(), ModelReaders.off("no vendor in this test"))
        .read(Documents.inFolder(folder));
  }

  @Test
  void readsADamagedEnvelopeAndPutsItsRepairsInTheEvidence() throws Exception {
    String damaged = payload().replace("@\n\u001e\rANSI 636000100", "@\nAAMVA636000110");

    LicenceRead read = readBack(damaged);

    assertThat(read.problems())
        .extracting(Reason::code)
        .doesNotContain(ReasonCode.DL_BARCODE_INVALID);
    DriverLicence dl = read.licence().orElseThrow();
    assertThat(dl.licenseNumber().value()).isEqualTo("T12345678");
    assertThat(dl.dateOfBirth().value()).isEqualTo(LocalDate.of(1990, 4, 18));
    assertThat(dl.barcodeRepairs())
        .contains(
            "version 11 read as 10 (the latest version this reader knows)",
            "file type 'AAMVA' read as 'ANSI '");
    Map<String, Object> fields = LicenceFields.of(read);
    assertThat(fields.get("barcodeRepairs")).isEqualTo(dl.barcodeRepairs());
    @SuppressWarnings("unchecked")
    Map<String, Object> evidence =
        (Map<String, Object>)
            ((Map<String, Object>) Objects.requireNonNull(fields.get("evidence")))
                .get("barcodeRepairs");
    assertThat(evidence)
        .containsEntry("source", "barcode")
        .containsEntry("repairs", dl.barcodeRepairs());
  }

  @Test
  void aWellFormedBarcodeHasNoRepairs() throws Exception {
    LicenceRead read = readBack(payload());

    assertThat(read.licence().orElseThrow().barcodeRepairs()).isEmpty();
    assertThat(LicenceFields.of(read)).doesNotContainKey("barcodeRepairs");
  }

  @Test
  void stillRejectsATamperedBarcodeInADamagedEnvelope() throws Exception {
    String damaged =
        payload()
            .replace("@\n\u001e\rANSI 636000100", "@\nAAMVA636000110")
            .replaceFirst("\nDBB\\d{8}", "");

    LicenceRead read = readBack(damaged);

    assertThat(read.licence()).isEmpty();
    assertThat(read.problems()).extracting(Reason::code).contains(ReasonCode.DL_BARCODE_INVALID);
    assertThat(read.problems())
        .filteredOn(r -> r.code() == ReasonCode.DL_BARCODE_INVALID)
        .extracting(Reason::message)
        .allMatch(m -> m.contains("MISSING_MANDATORY_ELEMENT"));
  }
}
