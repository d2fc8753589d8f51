/** Safe image decoding and image transformations shared by the readers and the corpus. */
@NullMarked
package onramp.documents.image;

import org.jspecify.annotations.NullMarked;
