package onramp.app.apply.retention;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/** Runs {@link Retention#purge()} every 6 hours on one instance (db-scheduler picks one). */
@Configuration(proxyBeanMethods = false)
class RetentionJob {
  @Bean
  RecurringTask<Void> retentionTask(@Lazy Retention retention) {
    return Tasks.recurring("retention", FixedDelay.ofHours(6))
        .execute((instance, context) -> retention.purge());
  }
}
