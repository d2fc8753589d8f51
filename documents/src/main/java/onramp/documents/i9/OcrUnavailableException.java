package onramp.documents.i9;

/**
 * A flattened or scanned Form I-9 cannot be read here because OCR is not available (Tesseract's
 * English model is missing or Tesseract would not start). Not the document's fault, unlike an
 * {@link I9Exception}: the same file reads once OCR is installed, so a caller routes the form to a
 * person instead of asking the applicant for another file. The message says what is missing and
 * what to do; it never contains form content.
 */
public final class OcrUnavailableException extends RuntimeException {
  OcrUnavailableException(String message) {
    super(message);
  }

  OcrUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
