/** The gateway's overhead benchmark: what governance adds to a model call. */
@NullMarked
package onramp.gateway.bench;

import org.jspecify.annotations.NullMarked;
