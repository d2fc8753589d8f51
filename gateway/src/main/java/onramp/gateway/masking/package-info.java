/** Personal-data masking: detect, replace with stable placeholders, restore in the answer. */
@NullMarked
package onramp.gateway.masking;

import org.jspecify.annotations.NullMarked;
