package onramp.app.apply;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import onramp.documents.front.FrontReader;
import onramp.documents.model.ModelReaders;
import onramp.documents.ocr.Tessdata;
import onramp.onboarding.Outcome;
import onramp.onboarding.Verification;
import onramp.onboarding.Verifier;
import onramp.testsupport.SyntheticApplicant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The test applicant is what the verifier approves, and the expired variant what it rejects. */
class SyntheticApplicantTest {
  private static final FrontReader FRONT = FrontReader.using(Tessdata.configured());
  private static final Verifier VERIFIER =
      Verifier.standard(FRONT, ModelReaders.off("no vendor in this test"));

  @TempDir Path dir;

  @AfterAll
  static void closeTheReader() {
    FRONT.close();
  }

  @Test
  void theValidApplicantIsApprovedAndTheExpiredOneRejected() throws Exception {
    LocalDate today = LocalDate.now(ZoneId.systemDefault());
    Verification ok = verify(SyntheticApplicant.valid(today), dir.resolve("ok"), today);
    Verification expired =
        verify(SyntheticApplicant.expiredLicence(today), dir.resolve("expired"), today);
    Verification review =
        verify(SyntheticApplicant.needsReview(today), dir.resolve("review"), today);

    assertThat(ok.decision()).isEqualTo(Outcome.APPROVED);
    assertThat(review.decision()).isEqualTo(Outcome.NEEDS_REVIEW);
    assertThat(expired.decision()).isEqualTo(Outcome.REJECTED);
    assertThat(expired.reasons())
        .anySatisfy(r -> assertThat(r.code().name()).isEqualTo("DL_EXPIRED"));
  }

  private static Verification verify(SyntheticApplicant a, Path folder, LocalDate today)
      throws Exception {
    a.writeTo(folder);
    Files.writeString(
        folder.resolve("application.json"),
        new com.fasterxml.jackson.databind.ObjectMapper()
            .writeValueAsString(a.signUp().toApplicationJson(java.time.Instant.now())));
    return VERIFIER.verify(folder, today);
  }
}
