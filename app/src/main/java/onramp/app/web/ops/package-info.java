/** The operations dashboard, with server-rendered SVG charts. */
@NullMarked
package onramp.app.web.ops;

import org.jspecify.annotations.NullMarked;
