/**
 * Makers of synthetic test data, never read by production: licence fronts ({@link
 * onramp.documents.synthetic.LicenceFrontRenderer}) and backs with their PDF417 barcodes ({@link
 * onramp.documents.synthetic.LicenceBackRenderer}), filled Form I-9s ({@link
 * onramp.documents.synthetic.I9Filler}), and the camera that photographs them ({@link
 * onramp.documents.synthetic.CameraEffects}). The readers never depend on this package
 * (ArchitectureTest); the corpus, the benchmarks and the tests do.
 */
@NullMarked
package onramp.documents.synthetic;

import org.jspecify.annotations.NullMarked;
