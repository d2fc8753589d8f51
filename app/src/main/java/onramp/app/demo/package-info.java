/** {@code ./onramp demo}: months of synthetic activity through the real code paths. */
@NullMarked
package onramp.app.demo;

import org.jspecify.annotations.NullMarked;
