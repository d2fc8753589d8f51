package onramp.app.apply.processing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import onramp.app.apply.ApplicationKeys;
import onramp.app.apply.Applications;
import onramp.app.apply.DocumentStore;
import onramp.app.apply.StoredDocument;
import onramp.app.apply.Verdicts;
import onramp.app.system.encryption.DataKey;
import onramp.onboarding.ReasonCode;
import onramp.onboarding.Verification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks one submitted round: decrypts the documents into a private work folder (0700, deleted
 * after), runs the steps and the verifier, records the decision once. Safe to run again for the
 * same round: a decided round is not decided twice.
 */
public class Processor {
  private static final Logger log = LoggerFactory.getLogger(Processor.class);
  private final Applications applications;
  private final Verdicts verdicts;
  private final ApplicationKeys keys;
  private final DocumentStore store;
  private final DocumentVerifier verifier;
  private final List<ProcessingStep> steps;
  private final Path workRoot;
  private final ObjectMapper json;

  Processor(
      Applications applications,
      Verdicts verdicts,
      ApplicationKeys keys,
      DocumentStore store,
      DocumentVerifier verifier,
      List<ProcessingStep> steps,
      Path workRoot,
      ObjectMapper json) {
    this.applications = applications;
    this.verdicts = verdicts;
    this.keys = keys;
    this.store = store;
    this.verifier = verifier;
    this.steps = List.copyOf(steps);
    this.workRoot = workRoot;
    this.json = json;
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
    Path work = privateFolder();
    try {
      List<StoredDocument> docs = applications.documents(application);
      store.decryptInto(
          application, docs.stream().map(StoredDocument::fileName).toList(), key, work);
      Files.writeString(
          work.resolve("application.json"),
          write(applications.applicant(application, key)),
          StandardCharsets.UTF_8);
      for (ProcessingStep step : steps) {
        step.run(application, work);
      }
      Verification v = verifier.verify(work, applications.today());
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
    } catch (IOException e) {
      throw new UncheckedIOException("The work folder " + work + " cannot be written", e);
    } finally {
      DocumentStore.deleteTree(work);
    }
  }

  /** After the last retry: a person decides. */
  public void giveUp(UUID application, int round, String instance) {
    verdicts.recordFallback(
        application,
        round,
        "PROCESSING_FAILED",
        "The documents could not be checked automatically after repeated attempts (a reading service was"
            + " unavailable or failed); please check them by hand.",
        instance);
    log.warn("Application {} round {}: retries exhausted, sent to a reviewer", application, round);
  }

  private Path privateFolder() {
    try {
      Files.createDirectories(workRoot);
      return Files.createTempDirectory(
          workRoot,
          "check-",
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create a private work folder under " + workRoot, e);
    }
  }

  private String write(Map<String, Object> value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
