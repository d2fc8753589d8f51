package onramp.onboarding.identity;

import static onramp.onboarding.decision.ReasonCode.IDENTITY_MISMATCH;

import java.util.ArrayList;
import java.util.List;
import onramp.onboarding.application.Application;
import onramp.onboarding.casefile.CaseFile;
import onramp.onboarding.casefile.DriverLicence;
import onramp.onboarding.casefile.Rule;
import onramp.onboarding.decision.Reason;

/** Name and date of birth agree between signup and licence. */
public final class IdentityRule implements Rule {
  @Override
  public List<Reason> check(CaseFile f) {
    if (f.licence().isEmpty()) {
      return List.of();
    }
    Application app = f.application();
    DriverLicence.PersonName dl = f.licence().get().name();
    List<Reason> reasons = new ArrayList<>();
    if (!Names.same(app.lastName(), dl.last().value(), dl.lastTruncated())) {
      reasons.add(
          Reason.of(
              IDENTITY_MISMATCH,
              "lastName",
              "Last name at signup ("
                  + app.lastName()
                  + ") differs from the licence ("
                  + dl.last().value()
                  + ")."));
    }
    if (!Names.same(app.firstName(), dl.first().value(), dl.firstTruncated())) {
      reasons.add(
          Reason.of(
              IDENTITY_MISMATCH,
              "firstName",
              "First name at signup ("
                  + app.firstName()
                  + ") differs from the licence ("
                  + dl.first().value()
                  + ")."));
    }
    String signupMiddle = app.middleName().orElse("");
    String licenceMiddle = dl.middle().map(e -> e.value()).orElse("");
    if (!dl.middleTruncated() && !Names.sameMiddle(signupMiddle, licenceMiddle)) {
      reasons.add(
          Reason.of(
              IDENTITY_MISMATCH,
              "middleName",
              "Middle name at signup ("
                  + signupMiddle
                  + ") differs from the licence ("
                  + licenceMiddle
                  + ")."));
    }
    if (!app.dateOfBirth().equals(f.licence().get().dateOfBirth().value())) {
      reasons.add(
          Reason.of(
              IDENTITY_MISMATCH,
              "dateOfBirth",
              "Date of birth at signup differs from the licence."));
    }
    return reasons;
  }
}
