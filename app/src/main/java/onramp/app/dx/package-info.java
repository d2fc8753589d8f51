/**
 * {@code /dx}: the TypeScript assistant's measurements for leadership (roles EXEC and ADMIN), the
 * same report as {@code ./onramp dx report}, team level only; {@code /api/dx/report} its JSON.
 */
@NullMarked
package onramp.app.dx;

import org.jspecify.annotations.NullMarked;
