/**
 * The audit trail: one record per call, successful, refused or failed. Never prompt text for
 * CUSTOMER or RESTRICTED data.
 */
@NullMarked
package onramp.gateway.audit;

import org.jspecify.annotations.NullMarked;
