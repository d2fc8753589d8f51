/**
 * The model's part of a review: the prompt (diff, context, the type checker's facts), typed
 * findings validated like user input, and suggested replacements type-checked in a scratch copy
 * before anyone is told they work. The model is reached only through the gateway service.
 */
@NullMarked
package onramp.devtools.review;

import org.jspecify.annotations.NullMarked;
