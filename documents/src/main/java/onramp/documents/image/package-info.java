/**
 * Safe image decoding and image transformations shared by the readers and the corpus. The camera
 * that photographs synthetic documents is in {@code onramp.documents.synthetic}.
 */
@NullMarked
package onramp.documents.image;

import org.jspecify.annotations.NullMarked;
