/**
 * Form I-9 (edition 01/20/25): reading the official fillable PDF by its AcroForm fields, reading a
 * flattened or scanned form by position (OCR). The blank form is filled for tests and the synthetic
 * corpus in {@code onramp.documents.synthetic}; compliance rules live in {@code onramp.onboarding}.
 * This package only reads.
 */
@NullMarked
package onramp.documents.i9;

import org.jspecify.annotations.NullMarked;
