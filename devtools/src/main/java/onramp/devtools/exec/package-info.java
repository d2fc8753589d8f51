/**
 * Running the repository's own tools (git, node, tsc, eslint) as time-limited processes, with
 * errors that say what to do.
 */
@NullMarked
package onramp.devtools.exec;

import org.jspecify.annotations.NullMarked;
