/**
 * Benchmarks of the readers on synthetic documents (licence-front OCR, photos of fronts, PDF417
 * decoding), run by {@code ./onramp bench}. The readers never depend on this package.
 */
@NullMarked
package onramp.documents.bench;

import org.jspecify.annotations.NullMarked;
