/**
 * Form I-9 (edition 01/20/25): reading the official fillable PDF by its AcroForm fields, reading a
 * flattened or scanned form by position (OCR), and filling the blank form for tests and the
 * synthetic corpus. Compliance rules live in {@code onramp.onboarding}; this package only reads.
 */
@NullMarked
package onramp.documents.i9;

import org.jspecify.annotations.NullMarked;
