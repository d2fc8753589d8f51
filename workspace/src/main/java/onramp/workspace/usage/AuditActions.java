package onramp.workspace.usage;

/**
 * The actions the app writes to its audit trail ({@code audit_event}) for the workspace. The
 * compliance export takes every action that starts with {@link #PREFIX}; a new kind of event only
 * needs a name that does.
 */
public final class AuditActions {
  public static final String PREFIX = "workspace.";
  public static final String RETENTION_CHANGED = "workspace.retention.changed";
  public static final String EMPLOYEE_DELETED = "workspace.employee.deleted";
  public static final String TOKEN_ISSUED = "workspace.token.issued";
  public static final String TOKEN_REVOKED = "workspace.token.revoked";
  public static final String AUDIT_EXPORTED = "workspace.audit.exported";
  public static final String RETENTION_DELETED = "workspace.retention.deleted";

  private AuditActions() {}
}
