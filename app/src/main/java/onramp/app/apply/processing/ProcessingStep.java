package onramp.app.apply.processing;

import java.util.UUID;
import onramp.onboarding.application.Documents;

/**
 * A step run on the decrypted documents, in memory, before the verifier (e.g. a model-backed
 * reading). Throw {@link StepUnavailableException} when a vendor is down: the job is retried later
 * with backoff instead of failing the application.
 */
public interface ProcessingStep {
  void run(UUID application, Documents documents);
}
