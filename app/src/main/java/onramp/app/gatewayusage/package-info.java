/**
 * Gateway usage for admins: {@code /api/gateway/usage} (JSON or CSV, grouped by key, team, tool,
 * model or user, per day or month) and the {@code /admin/gateway/usage} page with charts and
 * tables, read from the gateway's audit trail.
 */
@NullMarked
package onramp.app.gatewayusage;

import org.jspecify.annotations.NullMarked;
