package onramp.app.apply.processing;

import java.nio.file.Path;
import java.time.LocalDate;
import onramp.onboarding.Verification;

/**
 * The verifier the job runs: {@code onramp.onboarding.Verifier.standard()} unless a bean replaces
 * it.
 */
public interface DocumentVerifier {
  Verification verify(Path folder, LocalDate decisionDate);
}
