/**
 * What the model sees besides the diff: for every hunk the enclosing function, class or type, and
 * the declarations the changed code uses, found with the TypeScript compiler API (the repository's
 * own {@code typescript}, through a Node script shipped in this jar), cut to a token budget that
 * drops the least important first and lists what it left out.
 */
@NullMarked
package onramp.devtools.context;

import org.jspecify.annotations.NullMarked;
