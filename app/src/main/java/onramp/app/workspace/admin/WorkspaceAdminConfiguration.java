package onramp.app.workspace.admin;

import java.time.Clock;
import javax.sql.DataSource;
import onramp.app.system.AuditEvent;
import onramp.app.system.AuditLog;
import onramp.workspace.usage.AuditActions;
import onramp.workspace.usage.AuditEntry;
import onramp.workspace.usage.AuditExport;
import onramp.workspace.usage.EmployeesAdmin;
import onramp.workspace.usage.RetentionSettings;
import onramp.workspace.usage.WorkspaceUsage;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The workspace's usage, retention, employee and audit services on the app's database. */
@Configuration(proxyBeanMethods = false)
class WorkspaceAdminConfiguration {
  @Bean
  WorkspaceUsage workspaceUsage(DataSource dataSource) {
    return WorkspaceUsage.create(dataSource);
  }

  @Bean
  RetentionSettings workspaceRetentionSettings(DataSource dataSource, Clock clock) {
    return RetentionSettings.create(dataSource, clock);
  }

  @Bean
  EmployeesAdmin workspaceEmployeesAdmin(DataSource dataSource) {
    return EmployeesAdmin.create(dataSource);
  }

  /** The gateway's calls and, from the app's audit trail, the workspace's events. */
  @Bean
  AuditExport workspaceAuditExport(DataSource dataSource, AuditLog audit) {
    return AuditExport.create(
        dataSource,
        (start, end) ->
            audit.between(start, end, AuditActions.PREFIX).stream()
                .map(WorkspaceAdminConfiguration::entry)
                .toList());
  }

  private static AuditEntry.AdminEvent entry(AuditEvent e) {
    return new AuditEntry.AdminEvent(e.at(), e.actor(), e.action(), e.subject(), e.details());
  }
}
