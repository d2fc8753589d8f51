/** Tokens and dollars per call, from a price table in configuration. */
@NullMarked
package onramp.gateway.metering;

import org.jspecify.annotations.NullMarked;
