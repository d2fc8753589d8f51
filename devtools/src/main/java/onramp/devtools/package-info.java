/**
 * The TypeScript assistant for engineers: a review of a change grounded in the repository's own
 * type checker and linter, with the model's findings validated and their suggestions type-checked;
 * tests proposed and kept only when they add coverage; and the measurements that tell leadership
 * whether it helps. Calls models only through the gateway (its service, with a virtual key).
 */
@NullMarked
package onramp.devtools;

import org.jspecify.annotations.NullMarked;
