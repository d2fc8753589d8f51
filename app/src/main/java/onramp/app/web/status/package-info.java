/**
 * Which components of Onramp are on, and why: a {@link
 * onramp.app.web.status.ComponentStatusProvider} per component (any module's wiring can add one as
 * a Spring bean), shown on {@code /} and as JSON at {@code /api/status}.
 */
@NullMarked
package onramp.app.web.status;

import org.jspecify.annotations.NullMarked;
