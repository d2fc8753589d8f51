/**
 * Gateway usage read back from the audit trail: calls, tokens and exact dollars per key, team,
 * tool, model or user, per day or month (UTC), with CSV and JSON writers for exports.
 */
@NullMarked
package onramp.gateway.usage;

import org.jspecify.annotations.NullMarked;
