/**
 * The review as a whole: what is asked ({@link onramp.devtools.review.ReviewRequest}) and the one
 * port that runs it ({@link onramp.devtools.review.ReviewRunner}), wired by the app.
 */
@NullMarked
package onramp.devtools.review;

import org.jspecify.annotations.NullMarked;
