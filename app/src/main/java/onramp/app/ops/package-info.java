/**
 * For the people who run Onramp: the operations dashboard (server-rendered SVG charts) and, in
 * {@code status}, which components are on.
 */
@NullMarked
package onramp.app.ops;

import org.jspecify.annotations.NullMarked;
