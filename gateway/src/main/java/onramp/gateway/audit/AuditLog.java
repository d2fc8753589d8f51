package onramp.gateway.audit;

import java.util.List;

/** Where audit records go. Appending must not lose a record silently: it throws instead. */
public interface AuditLog {

  void append(AuditRecord record);

  /** The latest records, newest first (for admin pages and tests). */
  List<AuditRecord> latest(int limit);
}
