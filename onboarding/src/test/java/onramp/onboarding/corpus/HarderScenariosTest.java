package onramp.onboarding.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import onramp.documents.synthetic.FrontContent;
import onramp.documents.synthetic.Severity;
import onramp.onboarding.Outcome;
import onramp.onboarding.decision.ReasonCode;
import org.junit.jupiter.api.Test;

class HarderScenariosTest {
  static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

  static Draft draft(Scenario s, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    Draft d = Drafts.baseline(s, rnd, TODAY);
    Scenarios.apply(d, rnd, TODAY);
    return d;
  }

  static FrontContent front(Draft d) {
    return d.front.apply(CorpusWriter.frontOf(d.licence, d.home));
  }

  @Test
  void aSwappedBarcodeCarriesAnotherPersonsFront() {
    for (long seed = 0; seed < 50; seed++) {
      Draft d = draft(Scenario.SWAPPED_BARCODE, seed);
      FrontContent f = front(d);
      assertThat(f.lastName()).isNotEqualTo(d.licence.lastName());
      assertThat(f.dateOfBirth()).isNotEqualTo(d.licence.dateOfBirth());
      assertThat(f.jurisdictionCode()).isEqualTo(d.licence.jurisdiction().code());
      assertThat(f.expirationDate()).isAfter(TODAY);
      assertThat(f.issueDate()).isAfterOrEqualTo(f.dateOfBirth().plusYears(16));
      // The applicant is the barcode's person: signup and I-9 match it, so only the front differs.
      assertThat(d.application.get("dateOfBirth")).isEqualTo(d.licence.dateOfBirth().toString());
      assertThat(d.application.get("licenseNumber")).isEqualTo(d.licence.licenseNumber());
      assertThat(d.expected).isEqualTo(Outcome.NEEDS_REVIEW);
      assertThat(d.codes).containsExactly(ReasonCode.DL_FRONT_BACK_MISMATCH);
    }
  }

  @Test
  void anAgedBarcodeMakesATeenagerLookTwentySevenEverywhereButOnTheFront() {
    for (long seed = 0; seed < 50; seed++) {
      Draft d = draft(Scenario.BARCODE_AGED, seed);
      FrontContent f = front(d);
      int trueAge = Period.between(f.dateOfBirth(), TODAY).getYears();
      int claimed = Period.between(d.licence.dateOfBirth(), TODAY).getYears();
      assertThat(trueAge).isBetween(19, 20);
      assertThat(claimed).isBetween(26, 29);
      assertThat(d.application.get("dateOfBirth")).isEqualTo(d.licence.dateOfBirth().toString());
      assertThat(d.i9.orElseThrow().get(onramp.documents.i9.I9Field.DATE_OF_BIRTH).orElseThrow())
          .isEqualTo(Drafts.FORM_DATE.format(d.licence.dateOfBirth()));
      // Licensed at 16 by the true date, and more than the one year the claimed age needs.
      assertThat(d.licence.issueDate().orElseThrow())
          .isAfter(f.dateOfBirth().plusYears(16))
          .isBefore(TODAY.minusYears(2));
      assertThat(d.codes).containsExactly(ReasonCode.DL_FRONT_BACK_MISMATCH);
    }
  }

  @Test
  void anEditedFrontExpiryIsStillAnExpiredLicence() {
    for (long seed = 0; seed < 50; seed++) {
      Draft d = draft(Scenario.FRONT_EXPIRY_EDITED, seed);
      FrontContent f = front(d);
      assertThat(d.licence.expirationDate()).isBefore(TODAY);
      assertThat(f.expirationDate()).isAfter(TODAY);
      assertThat(f.dateOfBirth()).isEqualTo(d.licence.dateOfBirth());
      assertThat(d.expected).isEqualTo(Outcome.REJECTED);
      assertThat(d.codes).contains(ReasonCode.DL_EXPIRED);
    }
  }

  @Test
  void multipleProblemsExpectTheMostSevereOutcomeWithEveryReason() {
    Set<Set<ReasonCode>> seen = new HashSet<>();
    for (long seed = 0; seed < 200; seed++) {
      Draft d = draft(Scenario.MULTIPLE_PROBLEMS, seed);
      assertThat(d.codes).hasSizeBetween(2, 3);
      seen.add(Set.copyOf(d.codes));
      boolean reject =
          d.codes.stream()
              .anyMatch(c -> c.severity() == onramp.onboarding.decision.Severity.REJECT);
      assertThat(d.expected).isEqualTo(reject ? Outcome.REJECTED : Outcome.NEEDS_REVIEW);
      if (d.codes.contains(ReasonCode.DL_EXPIRED)) {
        assertThat(d.licence.expirationDate()).isBefore(TODAY);
      }
      if (d.codes.contains(ReasonCode.DRIVER_UNDERAGE)) {
        assertThat(Period.between(d.licence.dateOfBirth(), TODAY).getYears()).isLessThan(21);
      }
      if (d.codes.contains(ReasonCode.DL_CLASS_INSUFFICIENT)) {
        assertThat(d.application.get("vehicleClass")).isEqualTo("MINIBUS");
      }
    }
    assertThat(seen).hasSize(5);
  }

  @Test
  void photosAreHalfCleanAThirdMildAndSomeHarshWithWideAnglesAndSmallCards() {
    SplittableRandom rnd = new SplittableRandom(3);
    Map<Severity, Integer> n = new EnumMap<>(Severity.class);
    int steep = 0;
    int small = 0;
    for (int i = 0; i < 4000; i++) {
      Photos.Shot s = Photos.random(rnd);
      n.merge(s.severity(), 1, Integer::sum);
      steep += Math.abs(s.camera().rotationDegrees()) > 20 ? 1 : 0;
      small += s.extraMargin() > 0 ? 1 : 0;
      if (s.severity() != Severity.HARSH) {
        assertThat(s.extraMargin()).isZero();
        assertThat(Math.abs(s.camera().rotationDegrees())).isLessThanOrEqualTo(5);
      }
    }
    assertThat(n.get(Severity.CLEAN)).isBetween(1900, 2100);
    assertThat(n.get(Severity.MILD)).isBetween(1300, 1500);
    assertThat(n.get(Severity.HARSH)).isBetween(520, 680);
    assertThat(steep).isBetween(80, 200);
    assertThat(small).isBetween(100, 200);
  }

  @Test
  void theNewScenariosAreAboutATenthOfTheMix() {
    int all = 0;
    int harder = 0;
    for (Scenario s : Scenario.values()) {
      all += s.weight();
      if (List.of(
              Scenario.SWAPPED_BARCODE,
              Scenario.BARCODE_AGED,
              Scenario.FRONT_EXPIRY_EDITED,
              Scenario.MULTIPLE_PROBLEMS)
          .contains(s)) {
        harder += s.weight();
      }
    }
    assertThat((double) harder / all).isBetween(0.08, 0.12);
  }

  @Test
  void devPrintsHalfItsFrontsInDevLayoutsAndHeldOutSeventyPercentInAny() {
    for (onramp.documents.specimen.Split split : onramp.documents.specimen.Split.values()) {
      SplittableRandom rnd = new SplittableRandom(8);
      int specimen = 0;
      int heldOutLayouts = 0;
      for (int i = 0; i < 10_000; i++) {
        var layout = CorpusWriter.specimenLayout(i % 2 == 0 ? "VA" : "TX", rnd, split);
        specimen += layout.isPresent() ? 1 : 0;
        heldOutLayouts +=
            layout.filter(l -> l.split() == onramp.documents.specimen.Split.HELD_OUT).isPresent()
                ? 1
                : 0;
      }
      if (split == onramp.documents.specimen.Split.DEV) {
        assertThat(specimen).isBetween(4800, 5200);
        assertThat(heldOutLayouts).isZero();
      } else {
        assertThat(specimen).isBetween(6800, 7200);
        assertThat(heldOutLayouts).isGreaterThan(1500);
      }
    }
  }
}
