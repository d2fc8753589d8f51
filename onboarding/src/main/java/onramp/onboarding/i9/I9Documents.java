package onramp.onboarding.i9;

import static onramp.onboarding.ReasonCode.I9_UNREADABLE;
import static onramp.onboarding.ReasonCode.STEP_UNAVAILABLE;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import onramp.documents.DocumentException;
import onramp.documents.i9.I9Form;
import onramp.documents.i9.I9Reader;
import onramp.documents.ocr.OcrUnavailableException;
import onramp.onboarding.Reason;

/**
 * Finds and reads the Form I-9 of an application folder: {@code i9.pdf} (fillable, flattened or
 * scanned), or page images {@code i9-page1.png}, {@code i9-page2.jpg}….
 */
public final class I9Documents {
  private static final Pattern PAGE = Pattern.compile("i9-page(\\d+)\\.(png|jpe?g)");

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

  public Read read(Path folder) {
    Path pdf = folder.resolve("i9.pdf");
    try {
      if (Files.isRegularFile(pdf)) {
        return new Read(Optional.of(reader.read(pdf)), List.of());
      }
      List<Path> pages = pages(folder);
      if (pages.isEmpty()) {
        return new Read(Optional.empty(), List.of());
      }
      return new Read(Optional.of(reader.readScanFiles(pages)), List.of());
    } catch (DocumentException e) {
      return new Read(Optional.empty(), List.of(I9Reasons.of(I9_UNREADABLE, "i9", e.getMessage())));
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

  private static List<Path> pages(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .filter(p -> PAGE.matcher(p.getFileName().toString()).matches())
          .sorted(Comparator.comparingInt(I9Documents::pageNumber))
          .toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  private static int pageNumber(Path p) {
    Matcher m = PAGE.matcher(p.getFileName().toString());
    return m.matches() ? Integer.parseInt(m.group(1)) : Integer.MAX_VALUE;
  }
}
