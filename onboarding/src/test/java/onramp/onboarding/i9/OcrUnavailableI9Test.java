package onramp.onboarding.i9;

import static onramp.documents.i9.I9Field.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import onramp.documents.Evidence;
import onramp.documents.Source;
import onramp.documents.i9.I9Reader;
import onramp.documents.image.ImageBytes;
import onramp.documents.synthetic.FillOptions;
import onramp.documents.synthetic.I9Filler;
import onramp.onboarding.Fixtures;
import onramp.onboarding.Outcome;
import onramp.onboarding.Verification;
import onramp.onboarding.Verifier;
import onramp.onboarding.application.Documents;
import onramp.onboarding.casefile.FrontSide;
import onramp.onboarding.decision.Reason;
import onramp.onboarding.decision.ReasonCode;
import onramp.onboarding.decision.Severity;
import onramp.onboarding.licence.LicenceRead;
import onramp.onboarding.policy.Policies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Without Tesseract's English model a scanned Form I-9 cannot be read: the application goes to a
 * person with the reason, and nothing crashes.
 */
class OcrUnavailableI9Test {
  @TempDir Path folder;
  @TempDir Path emptyTessdata;

  private void writeApplicationWithScannedI9() throws Exception {
    Files.writeString(
        folder.resolve("application.json"),
        """
        {"firstName":"Jordan","middleName":"Avery","lastName":"Quinn","dateOfBirth":"1990-04-18",
         "email":"jordan.quinn@example.com","phone":"+1 555 010 0199",
         "address":{"street":"100 Example Way","city":"Richmond","state":"VA","postalCode":"23219"},
         "licenseState":"VA","licenseNumber":"T12345678","vehicleClass":"VAN",
         "firstDayOfEmployment":"2026-12-01","submittedAt":"2026-11-20T09:30:00Z"}
        """);
    List<BufferedImage> pages =
        I9Filler.renderPages(
            I9Filler.fill(I9RulesTest.listBC(I9RulesTest.valid()), FillOptions.flattened()), 150);
    for (int p = 0; p < pages.size(); p++) {
      Files.write(folder.resolve("i9-page" + (p + 1) + ".png"), ImageBytes.toPng(pages.get(p)));
    }
  }

  @Test
  void aScanReadsAsUnavailableWithTheReason() throws Exception {
    writeApplicationWithScannedI9();

    I9Documents.Read read =
        I9Documents.using(I9Reader.using(emptyTessdata)).read(Documents.inFolder(folder));

    assertThat(read.form()).isEmpty();
    assertThat(read.problems())
        .extracting(Reason::code)
        .containsExactly(ReasonCode.STEP_UNAVAILABLE, ReasonCode.I9_UNREADABLE);
    Reason off = read.problems().get(0);
    assertThat(off.severity()).isEqualTo(Severity.INFO);
    assertThat(off.document()).isEqualTo("SYSTEM");
    assertThat(off.message())
        .contains("Form I-9 OCR is off", "eng.traineddata", emptyTessdata.toString());
    assertThat(read.problems().get(1).severity()).isEqualTo(Severity.REVIEW);
  }

  @Test
  void theApplicationGoesToReviewInsteadOfCrashing() throws Exception {
    writeApplicationWithScannedI9();
    Verifier verifier =
        Verifier.of(
            folder -> new LicenceRead(Optional.of(Fixtures.licence()), agreeingFront(), List.of()),
            I9Documents.using(I9Reader.using(emptyTessdata)),
            Policies.builtIn());

    Verification v = verifier.verify(folder, LocalDate.of(2026, 12, 4));

    assertThat(v.decision()).isEqualTo(Outcome.NEEDS_REVIEW);
    assertThat(v.reasons())
        .extracting(Reason::code)
        .containsExactlyInAnyOrder(ReasonCode.STEP_UNAVAILABLE, ReasonCode.I9_UNREADABLE);
  }

  @Test
  void theSameApplicationIsApprovedWhereOcrWorks() throws Exception {
    writeApplicationWithScannedI9();
    Verifier verifier =
        Verifier.of(
            folder -> new LicenceRead(Optional.of(Fixtures.licence()), agreeingFront(), List.of()),
            I9Documents.using(I9Reader.standard()),
            Policies.builtIn());

    Verification v = verifier.verify(folder, LocalDate.of(2026, 12, 4));

    assertThat(v.reasons()).isEmpty();
    assertThat(v.decision()).isEqualTo(Outcome.APPROVED);
  }

  private static FrontSide agreeingFront() {
    return new FrontSide(
        Map.of(
            FrontSide.Field.LICENSE_NUMBER,
            ocr("T12345678"),
            FrontSide.Field.LAST_NAME,
            ocr("QUINN"),
            FrontSide.Field.DATE_OF_BIRTH,
            ocr("1990-04-18"),
            FrontSide.Field.EXPIRATION_DATE,
            ocr("2028-04-18")));
  }

  private static Evidence<String> ocr(String value) {
    return Evidence.of(value, Source.FRONT_OCR, 0.95);
  }
}
