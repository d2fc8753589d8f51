package onramp.app.apply;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import onramp.onboarding.Outcome;
import onramp.onboarding.decision.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ApplicantViewTest {
  private static final UUID ID = UUID.fromString("00000000-0000-4000-8000-000000000001");
  private static final List<DocumentKind> REQUIRED = List.of(DocumentKind.values());

  private static DecisionRecord decision(Outcome outcome, String by) {
    return new DecisionRecord(
        1,
        1,
        outcome,
        List.of(
            new DecisionRecord.ReasonLine(
                "DL_EXPIRED", Severity.REJECT, "Your licence expired.", "DL", Optional.empty()),
            new DecisionRecord.ReasonLine(
                "I9_SECTION1_LATE", Severity.INFO, "Signed late.", "I9", Optional.empty())),
        Map.of(),
        by,
        Instant.EPOCH,
        Optional.of("Licence expired last month."),
        Optional.empty());
  }

  @ParameterizedTest(name = "{0} by {1}: {2}")
  @CsvSource({
    "APPROVED,     system, APPROVED",
    "REJECTED,     system, FIX_AND_RESUBMIT",
    "NEEDS_REVIEW, system, WITH_A_PERSON",
    "APPROVED,     dana,   APPROVED",
    "REJECTED,     dana,   REJECTED_AFTER_REVIEW"
  })
  void theLatestDecisionSaysWhereTheApplicantStands(
      Outcome outcome, String by, ApplicantView.Stage stage) {
    ApplicantView view =
        ApplicantView.submitted(ID, 1, REQUIRED, List.of(), Optional.of(decision(outcome, by)));

    assertThat(view.stage()).isEqualTo(stage);
  }

  @Test
  void aRoundWithoutADecisionIsBeingChecked() {
    assertThat(ApplicantView.submitted(ID, 1, REQUIRED, List.of(), Optional.empty()).stage())
        .isEqualTo(ApplicantView.Stage.CHECKING);
  }

  @Test
  void theSystemsRejectionListsOnlyTheRejectingReasonsToFix() {
    ApplicantView view =
        ApplicantView.submitted(
            ID, 1, REQUIRED, List.of(), Optional.of(decision(Outcome.REJECTED, "system")));

    assertThat(view.toFix()).containsExactly("Your licence expired.");
    assertThat(view.reviewerNote()).isEmpty();
  }

  @Test
  void aReviewersRejectionCarriesTheirNoteAndNothingToFix() {
    ApplicantView view =
        ApplicantView.submitted(
            ID, 1, REQUIRED, List.of(), Optional.of(decision(Outcome.REJECTED, "dana")));

    assertThat(view.reviewerNote()).hasValue("Licence expired last month.");
    assertThat(view.toFix()).isEmpty();
  }

  @Test
  void beforeTheFirstSubmissionTheApplicantUploads() {
    ApplicantView view = ApplicantView.uploading(ID, REQUIRED, List.of());

    assertThat(view.stage()).isEqualTo(ApplicantView.Stage.UPLOADING);
    assertThat(view.canUpload()).isTrue();
    assertThat(view.missing()).isEqualTo(REQUIRED);
  }
}
