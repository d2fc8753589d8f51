package onramp.onboarding.corpus;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import onramp.documents.aamva.AamvaLicence;
import onramp.documents.front.FrontContent;
import onramp.documents.i9.I9Content;
import onramp.documents.image.Camera;

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
  boolean corruptBack;
  LocalDate firstDay;

  Draft(Scenario scenario, Person person, Jurisdictions.Jurisdiction home, AamvaLicence licence, I9Content i9,
      Camera backCamera, Camera frontCamera, LocalDate firstDay) {
    this.scenario = scenario;
    this.person = person;
    this.home = home;
    this.licence = licence;
    this.i9 = Optional.of(i9);
    this.backCamera = backCamera;
    this.frontCamera = frontCamera;
    this.firstDay = firstDay;
  }

  enum I9Mode {
    FILLABLE,
    FLATTENED,
    PAGES
  }
}
