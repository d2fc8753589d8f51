package onramp.app.apply.processing;

import java.time.LocalDate;
import onramp.onboarding.Verification;
import onramp.onboarding.application.Application;
import onramp.onboarding.application.Documents;

/**
 * The verifier the job runs: {@code onramp.onboarding.Verifier.standard(…)} unless a bean replaces
 * it. Everything is handed over in memory.
 */
public interface DocumentVerifier {
  Verification verify(Application application, Documents documents, LocalDate decisionDate);
}
