package onramp.workspace.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import onramp.workspace.files.UnreadableFileException.Problem;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * A Word document's text with POI: body paragraphs and tables, headers and footers. Run only after
 * {@link Archive#inspect} has bounded what the archive expands to.
 */
final class DocxText {
  private DocxText() {}

  record Result(String text, int pages) {}

  static Result read(byte[] bytes, Budget budget) {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes));
        XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
      int pages = pagesWordCounted(doc);
      budget.checkPages("document", pages);
      budget.checkTime();
      String text = TextDecoding.clean(extractor.getText());
      budget.chars(text.length());
      budget.checkTime();
      if (text.isBlank()) {
        throw budget.refuse(
            Problem.UNSUPPORTED,
            "the document has no text to read. If it holds pictures of pages, upload those as PNG"
                + " or JPEG images instead.");
      }
      return new Result(text, Math.max(1, pages));
    } catch (IOException | RuntimeException e) {
      if (e instanceof UnreadableFileException u) {
        throw u;
      }
      throw budget.refuse(
          Problem.DAMAGED,
          "the Word document is damaged and cannot be read. Open it in Word, save it as a new DOCX"
              + " and upload that.");
    }
  }

  /** The page count Word stored when it last saved the file (docProps/app.xml); 0 when absent. */
  private static int pagesWordCounted(XWPFDocument doc) {
    POIXMLProperties.ExtendedProperties extended = doc.getProperties().getExtendedProperties();
    return extended.getUnderlyingProperties().isSetPages() ? extended.getPages() : 0;
  }
}
