package onramp.documents.ocr;

import onramp.documents.DocumentsException;

/**
 * OCR cannot run here: Tesseract's English model is missing, or Tesseract would not start with it.
 * Not the document's fault, unlike a {@link onramp.documents.DocumentException}: the same file
 * reads once OCR is installed, so a caller routes the document to a person instead of asking the
 * applicant for another file. The message says what is missing and what to do; it never contains
 * document content.
 */
public final class OcrUnavailableException extends DocumentsException {
  public OcrUnavailableException(String message) {
    super(message);
  }

  public OcrUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }

  /** Not until OCR is installed: retrying does not install it. */
  @Override
  public boolean retryable() {
    return false;
  }

  @Override
  public Fault fault() {
    return Fault.SERVICE;
  }
}
