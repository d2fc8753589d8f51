package onramp.workspace.files.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import onramp.workspace.files.Extracted;
import onramp.workspace.files.FileLimits;
import onramp.workspace.files.FileText;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Extraction time of a 50-page text PDF (made with PDFBox: 46 lines of about 90 characters a page,
 * the density of a typed contract) and of a DOCX with the same text (made with POI), with the
 * default limits, single thread, after a warm-up. {@code ./onramp bench workspace-files}.
 */
public final class FileTextBenchmark {
  public static final int PAGES = 50;
  public static final int LINES_PER_PAGE = 46;

  private FileTextBenchmark() {}

  /** Extracts each file {@code iterations} times (after as many warm-up runs) and reports. */
  public static String run(int iterations) {
    if (iterations < 1) {
      throw new IllegalArgumentException("iterations must be at least 1, was " + iterations);
    }
    FileText files = FileText.of(FileLimits.defaults());
    byte[] pdf = textPdf(PAGES);
    byte[] docx = textDocx(PAGES);
    return String.join(
        "\n",
        "workspace files: extraction, default limits, single thread, " + iterations + " runs each",
        measure(files, "contract.pdf", pdf, iterations),
        measure(files, "contract.docx", docx, iterations));
  }

  private static String measure(FileText files, String name, byte[] bytes, int iterations) {
    Extracted first = files.extract(name, null, bytes);
    for (int i = 0; i < Math.max(3, iterations); i++) {
      files.extract(name, null, bytes);
    }
    double[] ms = new double[iterations];
    for (int i = 0; i < iterations; i++) {
      long started = System.nanoTime();
      files.extract(name, null, bytes);
      ms[i] = (System.nanoTime() - started) / 1e6;
    }
    Arrays.sort(ms);
    double median = ms[(iterations - 1) / 2];
    double p95 = ms[Math.min(iterations - 1, (int) Math.ceil(iterations * 0.95) - 1)];
    return String.format(
        Locale.ROOT,
        "  %-13s %5.0f KB, %d pages' text, %,d chars: median %.0f ms, p95 %.0f ms, max %.0f ms;"
            + " %.0f pages/s",
        name,
        bytes.length / 1024.0,
        PAGES,
        first.text().length(),
        median,
        p95,
        ms[iterations - 1],
        PAGES / (median / 1000));
  }

  /** Synthetic prose, the same for every run: line {@code n} of the document. */
  public static String line(int n) {
    String[] words = {
      "the", "driver", "agrees", "to", "operate", "vehicle", "route", "schedule", "passenger",
      "safety", "inspection", "each", "month", "and", "report", "any", "incident", "within",
      "three", "business", "days", "of", "company", "policy", "section", "clause"
    };
    StringBuilder s = new StringBuilder("§" + (n + 1) + " ");
    for (int i = 0; s.length() < 88; i++) {
      s.append(words[(n * 7 + i * 3) % words.length]).append(' ');
    }
    return s.toString().strip();
  }

  /** A PDF of {@code pages} pages of text in Helvetica. */
  public static byte[] textPdf(int pages) {
    try (PDDocument doc = new PDDocument()) {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      for (int p = 0; p < pages; p++) {
        PDPage page = new PDPage(PDRectangle.LETTER);
        doc.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
          content.beginText();
          content.setFont(font, 10);
          content.setLeading(14);
          content.newLineAtOffset(54, 740);
          for (int l = 0; l < LINES_PER_PAGE; l++) {
            content.showText(line(p * LINES_PER_PAGE + l));
            content.newLine();
          }
          content.endText();
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A DOCX with the text of {@code pages} PDF pages, four lines to a paragraph. */
  public static byte[] textDocx(int pages) {
    try (XWPFDocument doc = new XWPFDocument()) {
      List<String> paragraph = new ArrayList<>();
      for (int l = 0; l < pages * LINES_PER_PAGE; l++) {
        paragraph.add(line(l));
        if (paragraph.size() == 4) {
          doc.createParagraph().createRun().setText(String.join(" ", paragraph));
          paragraph.clear();
        }
      }
      if (!paragraph.isEmpty()) {
        doc.createParagraph().createRun().setText(String.join(" ", paragraph));
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
