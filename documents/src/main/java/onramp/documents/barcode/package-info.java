/**
 * PDF417 barcodes on licence backs: decoding from phone photos, and rendering synthetic ones for
 * tests and the corpus.
 */
@NullMarked
package onramp.documents.barcode;

import org.jspecify.annotations.NullMarked;
