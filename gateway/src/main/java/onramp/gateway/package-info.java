/**
 * The gateway: the one governed way to call model vendors. Knows nothing of onboarding or the web.
 */
@NullMarked
package onramp.gateway;

import org.jspecify.annotations.NullMarked;
