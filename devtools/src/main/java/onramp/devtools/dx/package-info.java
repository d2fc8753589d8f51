/**
 * Whether the TypeScript assistant helps: every review run and what became of its findings
 * (accepted, dismissed, fixed in a later commit), delivery metrics read from the teams' git
 * history, a staggered rollout with a recorded seed, a short survey, and a report that puts the
 * estimated effect, with its uncertainty, beside what engineers say. Team level only: engineers are
 * stored as keyed pseudonyms, counted, never listed or ranked.
 */
@NullMarked
package onramp.devtools.dx;

import org.jspecify.annotations.NullMarked;
