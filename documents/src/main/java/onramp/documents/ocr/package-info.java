/**
 * What the OCR and decoding steps share: the calling thread's CPU clock ({@link
 * onramp.documents.ocr.CpuClock}), a CPU-time allowance ({@link onramp.documents.ocr.CpuBudget}),
 * and a Tesseract recognition cancelled when it has used its CPU time ({@link
 * onramp.documents.ocr.Recognition}). Budgets are CPU time, not wall time, so that a document read
 * on an idle machine is read the same on a busy one.
 */
@NullMarked
package onramp.documents.ocr;

import org.jspecify.annotations.NullMarked;
