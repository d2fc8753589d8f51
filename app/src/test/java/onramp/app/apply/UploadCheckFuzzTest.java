package onramp.app.apply;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The upload check (type by magic bytes, size, image and PDF structure) on arbitrary bytes for each
 * kind of document: a media type, or {@link UploadRejectedException} with a message for the
 * applicant. Seeds: small PNG, JPEG and PDF files (../shared/data, SOURCES.md there).
 */
class UploadCheckFuzzTest {
  @FuzzTest(maxDuration = "5m")
  void acceptsOrRefusesAnyUpload(byte[] bytes) {
    for (DocumentKind kind : DocumentKind.values()) {
      check(kind, bytes);
    }
  }

  private static void check(DocumentKind kind, byte[] bytes) {
    try {
      UploadCheck.check(kind, bytes);
    } catch (UploadRejectedException refused) {
      String message = refused.getMessage();
      if (message == null
          || !message.startsWith(kind.label())
          || message.contains("Exception")
          || message.contains("java.")) {
        throw new IllegalStateException("an unclear refusal: " + message, refused);
      }
    }
  }
}
