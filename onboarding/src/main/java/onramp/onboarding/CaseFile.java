package onramp.onboarding;

import java.time.LocalDate;
import java.util.Optional;
import onramp.onboarding.application.Application;
import onramp.onboarding.licence.DriverLicence;
import onramp.onboarding.licence.FrontSide;
import onramp.onboarding.policy.Policy;

/**
 * Everything known about one application when the rules run: what the applicant typed, what was
 * read from each document, the policy that governs it and the date the decision is made on.
 */
public record CaseFile(
    Application application,
    Optional<DriverLicence> licence,
    FrontSide front,
    Optional<Policy> policy,
    LocalDate decisionDate) {}
