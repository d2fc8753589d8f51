package onramp.workspace.files;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import onramp.workspace.files.UnreadableFileException.Problem;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.jspecify.annotations.Nullable;

/**
 * A PDF's text with PDFBox. Before any page is drawn, the page count is checked against the limit
 * and every page's content streams (and the forms they draw) are decompressed once with a ceiling,
 * so a bomb of a stream stops at {@link FileLimits#maxExpandedBytes()}; while drawing, pages, time
 * and characters are counted. Scratch data goes to temporary files, never to the heap.
 */
final class PdfText {
  private static final int MAX_FORM_DEPTH = 12;

  private PdfText() {}

  record Result(String text, int pages) {}

  static Result read(byte[] bytes, Budget budget) {
    try (PDDocument doc =
        Loader.loadPDF(bytes, "", null, null, IOUtils.createTempFileOnlyStreamCache())) {
      int pages = doc.getNumberOfPages();
      if (pages == 0) {
        throw damaged(budget);
      }
      budget.checkPages("PDF", pages);
      boolean images = survey(doc, budget);
      Stripper stripper = new Stripper(budget);
      stripper.setSortByPosition(true);
      String text = TextDecoding.clean(stripper.getText(doc));
      if (text.isBlank()) {
        throw budget.refuse(
            Problem.UNSUPPORTED,
            images
                ? "the PDF has no text to read (it looks like a scan). Upload the pages as PNG or"
                    + " JPEG images instead; the model reads images."
                : "the PDF has no text in it: its pages are blank. Upload the document that has"
                    + " the text.");
      }
      return new Result(text, pages);
    } catch (InvalidPasswordException e) {
      throw budget.refuse(
          Problem.PROTECTED,
          "the PDF is password-protected. Remove the password (open it and save or print it as a"
              + " new PDF) and upload it again.");
    } catch (IOException | RuntimeException | StackOverflowError e) {
      if (e instanceof UnreadableFileException u) {
        throw u;
      }
      throw damaged(budget);
    }
  }

  private static UnreadableFileException damaged(Budget budget) {
    return budget.refuse(
        Problem.DAMAGED,
        "the PDF is damaged and cannot be read. Open it and save or print it as a new PDF, then"
            + " upload that.");
  }

  /**
   * Decompresses each page's drawing instructions once, stopping at the expansion ceiling; true
   * when a page draws an image (so a PDF without text is a scan rather than blank).
   */
  private static boolean survey(PDDocument doc, Budget budget) throws IOException {
    long[] total = {0};
    Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    boolean images = false;
    for (PDPage page : doc.getPages()) {
      budget.page("PDF");
      Iterator<PDStream> streams = page.getContentStreams();
      while (streams.hasNext()) {
        count(streams.next(), total, budget);
      }
      images |= forms(page.getResources(), 0, seen, total, budget);
    }
    return images;
  }

  private static boolean forms(
      @Nullable PDResources resources, int depth, Set<Object> seen, long[] total, Budget budget)
      throws IOException {
    if (resources == null || depth > MAX_FORM_DEPTH) {
      return false;
    }
    boolean images = false;
    for (COSName name : resources.getXObjectNames()) {
      PDXObject x = resources.getXObject(name);
      if (x instanceof PDImageXObject) {
        images = true;
      } else if (x instanceof PDFormXObject form && seen.add(form.getCOSObject())) {
        count(form.getContentStream(), total, budget);
        images |= forms(form.getResources(), depth + 1, seen, total, budget);
      }
    }
    return images;
  }

  private static void count(PDStream stream, long[] total, Budget budget) throws IOException {
    long limit = budget.limits().maxExpandedBytes();
    byte[] buffer = new byte[64 * 1024];
    try (InputStream in = stream.createInputStream()) {
      int n;
      while ((n = in.read(buffer)) > 0) {
        total[0] += n;
        if (total[0] > limit) {
          throw budget.refuse(
              Problem.OVER_LIMIT,
              "the PDF's pages unpack to more than "
                  + Budget.megabytes(limit)
                  + " of drawing instructions, far more than any document needs (a malformed or"
                  + " hostile file). Save or print it as a new PDF and upload that.");
        }
      }
    }
    budget.checkTime();
  }

  /** Counts pages, characters and time while PDFBox draws. */
  private static final class Stripper extends PDFTextStripper {
    private final Budget budget;
    private int operators;

    Stripper(Budget budget) {
      this.budget = budget;
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
      budget.checkTime();
      super.startPage(page);
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
      if (++operators % 4096 == 0) {
        budget.checkTime();
      }
      super.processOperator(operator, operands);
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) throws IOException {
      budget.chars(text.length());
      super.writeString(text, positions);
    }
  }
}
