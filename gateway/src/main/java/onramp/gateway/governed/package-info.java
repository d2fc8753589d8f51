/**
 * The governed call: the {@link onramp.gateway.governed.Gateway} that wraps every model call with
 * policy, masking, typed-output validation, retries, metering, budgets and audit. The port and its
 * values live one package up and know nothing of this package.
 */
@NullMarked
package onramp.gateway.governed;

import org.jspecify.annotations.NullMarked;
