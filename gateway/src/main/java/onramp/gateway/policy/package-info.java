/**
 * Which models may be called, through which vendor, for which data: the allowlist, the exceptions
 * granted by ML review, and the data classes each vendor's processing agreement covers.
 */
@NullMarked
package onramp.gateway.policy;

import org.jspecify.annotations.NullMarked;
