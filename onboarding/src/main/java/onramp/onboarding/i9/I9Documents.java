package onramp.onboarding.i9;

import static onramp.onboarding.decision.ReasonCode.I9_UNREADABLE;
import static onramp.onboarding.decision.ReasonCode.STEP_UNAVAILABLE;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import onramp.documents.DocumentException;
import onramp.documents.i9.I9Form;
import onramp.documents.i9.I9Reader;
import onramp.documents.ocr.OcrUnavailableException;
import onramp.onboarding.application.Document;
import onramp.onboarding.application.Documents;
import onramp.onboarding.decision.Reason;

/**
 * Finds and reads the Form I-9 among an application's documents: {@code i9.pdf} (fillable,
 * flattened or scanned), or page images {@code i9-page1.png}, {@code i9-page2.jpg}….
 */
public final class I9Documents {
  private final I9Reader reader;

  private I9Documents(I9Reader reader) {
    this.reader = reader;
  }

  public static I9Documents using(I9Reader reader) {
    return new I9Documents(reader);
  }

  /**
   * What was read; a read failure is a problem reason, never an exception. A form that needs OCR
   * where OCR is off gives STEP_UNAVAILABLE (information) and I9_UNREADABLE (review).
   */
  public record Read(Optional<I9Form> form, List<Reason> problems) {}

  public Read read(Documents documents) {
    try {
      Optional<Document> pdf = documents.named("i9.pdf");
      if (pdf.isPresent()) {
        return new Read(Optional.of(pdf.get().i9Pdf(reader)), List.of());
      }
      List<Document> pages = documents.i9Pages();
      if (pages.isEmpty()) {
        return new Read(Optional.empty(), List.of());
      }
      return new Read(Optional.of(readScan(pages)), List.of());
    } catch (DocumentException e) {
      return new Read(
          Optional.empty(),
          List.of(
              I9Reasons.of(
                  I9_UNREADABLE,
                  "i9",
                  // DocumentException's constructors all take a message.
                  Objects.requireNonNull(e.getMessage()))));
    } catch (OcrUnavailableException e) {
      // Not the applicant's fault: the form is fine, this machine cannot read scans. A person reads
      // it.
      return new Read(
          Optional.empty(),
          List.of(
              Reason.of(STEP_UNAVAILABLE, "i9", "Form I-9 OCR is off: " + e.getMessage()),
              I9Reasons.of(
                  I9_UNREADABLE,
                  "i9",
                  "The Form I-9 was supplied as a scan or a flattened PDF, which needs OCR,"
                      + " and OCR is off here; a reviewer reads the form.")));
    }
  }

  /**
   * Files of a folder through {@link I9Reader#readScanFiles}, which names the first page's file in
   * its messages; pages in memory through {@link I9Reader#readScan}.
   */
  private I9Form readScan(List<Document> pages) {
    List<Path> files =
        pages.stream()
            .<Path>mapMulti(
                (page, out) -> {
                  if (page instanceof Document.InFolder f) {
                    out.accept(f.file());
                  }
                })
            .toList();
    return files.size() == pages.size()
        ? reader.readScanFiles(files)
        : reader.readScan(pages.stream().map(Document::image).toList());
  }
}
