package onramp.onboarding.casefile;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import onramp.documents.i9.I9Form;
import onramp.onboarding.application.Application;
import onramp.onboarding.decision.Reason;
import onramp.onboarding.policy.Policy;

/**
 * Everything known about one application when the rules run: what the applicant typed, what was
 * read from each document (and what could not be), the policy that governs it and the date the
 * decision is made on.
 */
public record CaseFile(
    Application application,
    Optional<DriverLicence> licence,
    FrontSide front,
    Optional<I9Form> i9,
    List<Reason> i9Problems,
    Optional<Policy> policy,
    LocalDate decisionDate) {

  public CaseFile {
    i9Problems = List.copyOf(i9Problems);
  }
}
