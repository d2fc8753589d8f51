/**
 * The review as a whole and the model's part of it: what is asked ({@link
 * onramp.devtools.review.ReviewRequest}), the port that runs it ({@link
 * onramp.devtools.review.ReviewRunner}) and its compiler-grounded implementation; the prompt (diff,
 * context, the type checker's facts), typed findings validated like user input, and suggested
 * replacements type-checked in a scratch copy before anyone is told they work. The model is reached
 * only through the gateway service.
 */
@NullMarked
package onramp.devtools.review;

import org.jspecify.annotations.NullMarked;
