/** The synthetic application corpus: synthetic people, their documents, and the ground truth. */
@NullMarked
package onramp.onboarding.corpus;

import org.jspecify.annotations.NullMarked;
