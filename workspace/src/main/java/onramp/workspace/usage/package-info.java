/**
 * What the workspace is used for and by whom, and what an admin governs: usage per user, team,
 * template and model per day or ISO week ({@link onramp.workspace.usage.WorkspaceUsage}), retention
 * per data class ({@link onramp.workspace.usage.RetentionSettings}), deleting an employee with
 * their history ({@link onramp.workspace.usage.EmployeesAdmin}) and the compliance export of the
 * audit trail ({@link onramp.workspace.usage.AuditExport}). Plain JDBC on a {@code DataSource}.
 */
@NullMarked
package onramp.workspace.usage;

import org.jspecify.annotations.NullMarked;
