package onramp.app.workspace.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import onramp.app.system.AuditLog;
import onramp.gateway.DataClass;
import onramp.workspace.usage.AuditActions;
import onramp.workspace.usage.DeletedEmployee;
import onramp.workspace.usage.EmployeesAdmin;
import onramp.workspace.usage.RetentionSettings;
import org.springframework.stereotype.Service;

/**
 * What an admin changes, each change written to the audit trail with their name: the API and the
 * page both come here.
 */
@Service
class AdminActions {
  /** Days as the audit trail writes them; "keep" for no limit (details hold no nulls). */
  static final String KEEP = "keep";

  private final RetentionSettings retention;
  private final EmployeesAdmin employees;
  private final AuditLog audit;

  AdminActions(RetentionSettings retention, EmployeesAdmin employees, AuditLog audit) {
    this.retention = retention;
    this.employees = employees;
    this.audit = audit;
  }

  /** Sets retention and writes one audit event per class whose days changed. */
  List<RetentionSettings.Change> setRetention(
      Map<DataClass, Optional<Integer>> days, String admin) {
    List<RetentionSettings.Change> changes = retention.update(days, admin);
    for (RetentionSettings.Change c : changes) {
      if (c.changed()) {
        audit.append(
            admin,
            AuditActions.RETENTION_CHANGED,
            "workspace:retention:" + c.after().dataClass(),
            Map.of("before", days(c.before().days()), "after", days(c.after().days())));
      }
    }
    return changes;
  }

  /** Deletes the employee with their history and audits it; a 404 when there is none. */
  DeletedEmployee deleteEmployee(String username, String admin) {
    DeletedEmployee deleted =
        employees.delete(username).orElseThrow(() -> new NoSuchEmployeeException(username));
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("team", deleted.team());
    details.put("conversations", deleted.conversations());
    details.put("runs", deleted.runs());
    details.put("attachments", deleted.attachments());
    details.put("tokens", deleted.tokens());
    audit.append(
        admin, AuditActions.EMPLOYEE_DELETED, "workspace:employee:" + deleted.username(), details);
    return deleted;
  }

  /** Exporting the audit trail is itself on the record. */
  void exported(String admin, String from, String to, String format) {
    audit.append(
        admin,
        AuditActions.AUDIT_EXPORTED,
        "workspace:audit",
        Map.of("from", from, "to", to, "format", format));
  }

  private static Object days(Optional<Integer> days) {
    return days.<Object>map(d -> d).orElse(KEEP);
  }
}
