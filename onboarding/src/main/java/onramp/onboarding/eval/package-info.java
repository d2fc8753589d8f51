/**
 * The evaluation harness: verify a corpus with its truth hidden, then score it against the truth.
 */
@NullMarked
package onramp.onboarding.eval;

import org.jspecify.annotations.NullMarked;
