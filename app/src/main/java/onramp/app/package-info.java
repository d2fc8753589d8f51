/** The one runnable: command line, HTTP server, pages and persistence wiring. */
@NullMarked
package onramp.app;

import org.jspecify.annotations.NullMarked;
