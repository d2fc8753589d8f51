/**
 * The gateway's administration for admins and ML review: the page {@code /admin/gateway} and the
 * JSON API under {@code /api/gateway/admin}: virtual keys, budgets, the model allowlist and the
 * exceptions ML review decides. Every change is written to the audit trail.
 */
@NullMarked
package onramp.app.gatewayadmin;

import org.jspecify.annotations.NullMarked;
