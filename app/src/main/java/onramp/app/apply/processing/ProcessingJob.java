package onramp.app.apply.processing;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import onramp.app.apply.ApplicationKeys;
import onramp.app.apply.Applications;
import onramp.app.apply.DocumentStore;
import onramp.app.apply.ProcessingQueue;
import onramp.app.apply.Verdicts;
import onramp.app.system.config.GatewayModels;
import onramp.app.system.config.ReaderSettings;
import onramp.documents.front.FrontReader;
import onramp.documents.model.ModelReaders;
import onramp.gateway.audit.PostgresAuditLog;
import onramp.gateway.budget.PostgresBudgets;
import onramp.onboarding.Verifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/** The {@code process-application} task and the queue that schedules it. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ProcessingProperties.class)
class ProcessingJob {
  static final String TASK = Processor.TASK;
  private static final Logger log = LoggerFactory.getLogger(ProcessingJob.class);

  /**
   * Model-backed readers as configured by {@code ONRAMP_GATEWAY_CONFIG} ({@link ReaderSettings}),
   * with the gateway's budgets and audit in this application's PostgreSQL, so every model call is
   * metered against the shared budget (across instances) and audited; off when no vendor is
   * configured.
   */
  @Bean
  ReaderSettings readerSettings() {
    return ReaderSettings.fromSystem();
  }

  @Bean(destroyMethod = "close")
  ModelReaders modelReaders(
      ReaderSettings settings, DataSource dataSource, GatewayModels gatewayModels, Clock clock) {
    return settings.modelReaders(
        PostgresBudgets.create(dataSource, clock),
        PostgresAuditLog.create(dataSource),
        gatewayModels.policy(),
        clock);
  }

  /** The licence-front OCR, one engine pool for the process. */
  @Bean(destroyMethod = "close")
  FrontReader frontReader(ReaderSettings settings) {
    return settings.frontReader();
  }

  @Bean
  @ConditionalOnMissingBean(DocumentVerifier.class)
  DocumentVerifier standardVerifier(FrontReader front, ModelReaders models) {
    Verifier verifier = Verifier.standard(front, models);
    return verifier::verify;
  }

  /**
   * Frees budget reservations left by instances that died mid-call (db-scheduler runs it on one).
   */
  @Bean
  RecurringTask<Void> releaseStaleBudgetReservations(DataSource dataSource) {
    PostgresBudgets budgets = PostgresBudgets.create(dataSource, Clock.systemUTC());
    return Tasks.recurring("release-stale-budget-reservations", FixedDelay.ofMinutes(10))
        .execute((instance, context) -> budgets.releaseStale(Duration.ofMinutes(15)));
  }

  @Bean
  Processor processor(
      Applications applications,
      Verdicts verdicts,
      ApplicationKeys keys,
      DocumentStore store,
      DocumentVerifier verifier,
      List<ProcessingStep> steps) {
    return new Processor(applications, verdicts, keys, store, verifier, steps);
  }

  @Bean
  OneTimeTask<String> processApplication(
      @Lazy Processor processor, ProcessingProperties properties) {
    FailureHandler<String> backoff =
        new FailureHandler.ExponentialBackoffFailureHandler<>(properties.retryInitial(), 2.0);
    return Tasks.oneTime(TASK, String.class)
        .onFailure(
            new FailureHandler.MaxRetriesFailureHandler<>(
                properties.maxAttempts(),
                backoff,
                (complete, ops) -> {
                  Round r = Round.parse(complete.getExecution().taskInstance.getId());
                  processor.giveUp(
                      r.application(),
                      r.number(),
                      String.valueOf(complete.getExecution().pickedBy));
                  ops.stop();
                }))
        .onDeadExecutionRevive()
        .execute(
            (instance, context) -> {
              Round r = Round.parse(instance.getId());
              try {
                processor.process(
                    r.application(), r.number(), String.valueOf(context.getExecution().pickedBy));
              } catch (RuntimeException e) {
                log.warn(
                    "Application {} round {}: attempt {} failed ({}); retried later with backoff",
                    r.application(),
                    r.number(),
                    context.getExecution().consecutiveFailures + 1,
                    e.getClass().getSimpleName());
                throw e;
              }
            });
  }

  @Bean
  ProcessingQueue processingQueue(
      OneTimeTask<String> task, ObjectProvider<SchedulerClient> scheduler) {
    return (application, round) -> {
      String id = new Round(application, round).id();
      scheduler.getObject().scheduleIfNotExists(task.instance(id, id), Instant.now());
    };
  }

  /** A job's identity: one per application and submitted round. */
  record Round(UUID application, int number) {
    String id() {
      return application + "#" + number;
    }

    static Round parse(String id) {
      int hash = id.indexOf('#');
      return new Round(
          UUID.fromString(id.substring(0, hash)), Integer.parseInt(id.substring(hash + 1)));
    }
  }
}
