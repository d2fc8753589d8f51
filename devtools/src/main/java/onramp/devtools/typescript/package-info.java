/**
 * The repository's own TypeScript compiler and ESLint, run on the change, their diagnostics mapped
 * to changed lines.
 */
@NullMarked
package onramp.devtools.typescript;

import org.jspecify.annotations.NullMarked;
