package onramp.onboarding.corpus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import onramp.documents.aamva.AamvaLicence;
import onramp.documents.synthetic.Camera;
import onramp.documents.synthetic.FrontContent;
import onramp.documents.synthetic.I9Content;
import onramp.documents.synthetic.Severity;
import onramp.onboarding.Outcome;
import onramp.onboarding.decision.ReasonCode;

/**
 * One application while it is being made: the true licence, what the front prints, what the
 * applicant types, the I-9 content and how each document is photographed. Scenarios change one
 * thing of a consistent draft.
 */
final class Draft {
  final Scenario scenario;
  final Person person;
  final Jurisdictions.Jurisdiction home;
  AamvaLicence licence;
  UnaryOperator<FrontContent> front = UnaryOperator.identity();
  UnaryOperator<String> payload = UnaryOperator.identity();
  final Map<String, Object> application = new LinkedHashMap<>();
  Optional<I9Content> i9;
  I9Mode i9Mode = I9Mode.FILLABLE;
  Camera backCamera;
  Camera frontCamera;

  /**
   * How hard each photo is (truth.json's {@code photo}); UNREADABLE only where a scenario makes it
   * so.
   */
  Severity backSeverity;

  Severity frontSeverity;

  /** Extra desk round the card, as a fraction of its size: a small card in a large photo. */
  double backMargin;

  double frontMargin;
  boolean corruptBack;
  LocalDate firstDay;

  /** The expected decision and reasons: the scenario's, or what a mix of problems adds up to. */
  Outcome expected;

  List<ReasonCode> codes;

  Draft(
      Scenario scenario,
      Person person,
      Jurisdictions.Jurisdiction home,
      AamvaLicence licence,
      I9Content i9,
      Photos.Shot back,
      Photos.Shot front,
      LocalDate firstDay) {
    this.scenario = scenario;
    this.person = person;
    this.home = home;
    this.licence = licence;
    this.i9 = Optional.of(i9);
    this.backCamera = back.camera();
    this.backSeverity = back.severity();
    this.backMargin = back.extraMargin();
    this.frontCamera = front.camera();
    this.frontSeverity = front.severity();
    this.frontMargin = front.extraMargin();
    this.firstDay = firstDay;
    this.expected = scenario.expected();
    this.codes = new ArrayList<>(scenario.codes());
  }

  enum I9Mode {
    FILLABLE,
    FLATTENED,
    /** 200-dpi page renders saved as PNG, as a scanner would. */
    PAGES,
    /** The pages photographed on a desk with a phone ({@code PaperPhotos}), saved as JPEG. */
    PHOTOGRAPHED
  }
}
