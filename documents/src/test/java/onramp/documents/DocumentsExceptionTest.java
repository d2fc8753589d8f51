package onramp.documents;

import static org.assertj.core.api.Assertions.assertThat;

import onramp.documents.DocumentsException.Fault;
import onramp.documents.ocr.OcrUnavailableException;
import org.junit.jupiter.api.Test;

/** Every failure of the module tells the caller whose problem it is and whether to try again. */
class DocumentsExceptionTest {
  @Test
  void anUnreadableDocumentIsTheSendersToReplaceAndRetryingDoesNotHelp() {
    DocumentsException e = new DocumentException("dl-back.png", "dl-back.png is not an image.");

    assertThat(e.fault()).isEqualTo(Fault.DOCUMENT);
    assertThat(e.retryable()).isFalse();
  }

  @Test
  void missingOcrIsTheServicesToInstallAndRetryingDoesNotInstallIt() {
    DocumentsException e = new OcrUnavailableException("no eng.traineddata in /nowhere");

    assertThat(e.fault()).isEqualTo(Fault.SERVICE);
    assertThat(e.retryable()).isFalse();
    assertThat(e).isNotInstanceOf(DocumentException.class);
  }
}
