/** Document readers: bytes in, typed evidence-carrying fields out. */
@NullMarked
package onramp.documents;

import org.jspecify.annotations.NullMarked;
