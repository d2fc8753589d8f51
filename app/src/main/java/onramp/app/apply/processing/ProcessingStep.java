package onramp.app.apply.processing;

import java.nio.file.Path;
import java.util.UUID;

/**
 * A step run on the decrypted application folder before the verifier (e.g. a model-backed reading
 * that writes its result into the folder). Throw {@link StepUnavailableException} when a vendor is
 * down: the job is retried later with backoff instead of failing the application.
 */
public interface ProcessingStep {
  void run(UUID application, Path folder);
}
