package onramp.app.apply.processing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import onramp.app.apply.ApplicationKeys;
import onramp.app.apply.Applications;
import onramp.app.apply.DocumentStore;
import onramp.app.apply.StoredDocument;
import onramp.app.apply.Verdicts;
import onramp.app.system.encryption.DataKey;
import onramp.onboarding.Verification;
import onramp.onboarding.application.Application;
import onramp.onboarding.application.ApplicationReader;
import onramp.onboarding.application.Documents;
import onramp.onboarding.decision.ReasonCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks one submitted round: decrypts the documents and the signup data in memory (nothing
 * decrypted is written anywhere), runs the steps and the verifier, records the decision once. Safe
 * to run again for the same round: a decided round is not decided twice.
 */
public class Processor {
  /** The db-scheduler task that checks one round of an application. */
  public static final String TASK = "process-application";

  /** The reason of a round sent to a person because its retries ran out. */
  public static final String GAVE_UP = "PROCESSING_FAILED";

  private static final Logger log = LoggerFactory.getLogger(Processor.class);
  private final Applications applications;
  private final Verdicts verdicts;
  private final ApplicationKeys keys;
  private final DocumentStore store;
  private final DocumentVerifier verifier;
  private final List<ProcessingStep> steps;

  Processor(
      Applications applications,
      Verdicts verdicts,
      ApplicationKeys keys,
      DocumentStore store,
      DocumentVerifier verifier,
      List<ProcessingStep> steps) {
    this.applications = applications;
    this.verdicts = verdicts;
    this.keys = keys;
    this.store = store;
    this.verifier = verifier;
    this.steps = List.copyOf(steps);
  }

  public void process(UUID application, int round, String instance) {
    if (verdicts.currentRound(application).filter(r -> r == round).isEmpty()) {
      log.info(
          "Application {} round {}: nothing to do (deleted or resubmitted since)",
          application,
          round);
      return;
    }
    verdicts.started(application, round);
    DataKey key = keys.require(application);
    Documents documents = documents(application, key);
    // Checked at signup with the same reader, so it parses; should it not, the job fails and is
    // retried, and after the last retry a person decides.
    Application signup = ApplicationReader.fromFields(applications.applicant(application, key));
    for (ProcessingStep step : steps) {
      step.run(application, documents);
    }
    Verification v = verifier.verify(signup, documents, applications.today());
    if (v.reasons().stream().anyMatch(r -> r.code() == ReasonCode.MODEL_STEP_DELAYED)) {
      // A vendor outage delays the model step; the job is retried with backoff, not decided now.
      throw new StepUnavailableException("a model step was delayed by the vendor; retried later");
    }
    boolean written = verdicts.record(application, round, v, instance);
    log.info(
        "Application {} round {}: {} in {} ms{}",
        application,
        round,
        v.decision(),
        v.elapsedMs(),
        written ? "" : " (already decided; nothing written)");
  }

  /** After the last retry: a person decides. */
  public void giveUp(UUID application, int round, String instance) {
    verdicts.recordFallback(
        application,
        round,
        GAVE_UP,
        "The documents could not be checked automatically after repeated attempts (a reading service was"
            + " unavailable or failed); please check them by hand.",
        instance);
    log.warn("Application {} round {}: retries exhausted, sent to a reviewer", application, round);
  }

  /** The application's uploads, opened with its data key, under their names. */
  private Documents documents(UUID application, DataKey key) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (StoredDocument doc : applications.documents(application)) {
      files.put(doc.fileName(), store.read(application, doc.fileName(), key));
    }
    return Documents.of(application.toString(), files);
  }
}
