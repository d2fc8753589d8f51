/**
 * PDF417 barcodes on licence backs: decoding from phone photos. Synthetic backs are rendered in
 * {@code onramp.documents.synthetic}.
 */
@NullMarked
package onramp.documents.barcode;

import org.jspecify.annotations.NullMarked;
