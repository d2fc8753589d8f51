/**
 * Which components of Onramp are on, and why: a {@link
 * onramp.app.ops.status.ComponentStatusProvider} per component (any module's wiring can add one as
 * a Spring bean), shown on {@code /} and as JSON at {@code /api/status}.
 */
@NullMarked
package onramp.app.ops.status;

import org.jspecify.annotations.NullMarked;
