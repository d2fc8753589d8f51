package onramp.documents;

/** Where a field value was read from. Ordered roughly by how much a decision may trust it. */
public enum Source {
  /** The AAMVA PDF417 barcode on the licence back: machine-readable, deterministic. */
  BARCODE,
  /** A fillable PDF form field, typed by the applicant or employer. */
  FORM_FIELD,
  /** Tesseract OCR of the printed licence front. */
  FRONT_OCR,
  /** Tesseract OCR of a scanned or flattened page. */
  SCAN_OCR,
  /** A language model reading an image through the gateway; never decisive on its own. */
  MODEL,
  /** What the applicant typed at signup. */
  APPLICANT
}
