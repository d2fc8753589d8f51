/**
 * The workspace for the company: each employee's own usage ({@code /workspace/usage}, {@code GET
 * /api/workspace/usage/me}); for admins usage per team, template, user and model with charts and
 * CSV, retention per data class, deleting an employee with their history, and the compliance audit
 * export ({@code /workspace/admin}, {@code /api/workspace/admin/**}). Every change is written to
 * the app's audit trail with the admin's name.
 */
@NullMarked
package onramp.app.workspace.admin;

import org.jspecify.annotations.NullMarked;
