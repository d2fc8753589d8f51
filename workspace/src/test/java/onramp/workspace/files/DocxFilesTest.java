package onramp.workspace.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.Arrays;
import onramp.workspace.files.Extracted.Kind;
import onramp.workspace.files.UnreadableFileException.Problem;
import onramp.workspace.files.bench.FileTextBenchmark;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

class DocxFilesTest {
  private final FileText files = FileText.of(FileLimits.defaults());

  @Test
  void readsParagraphsTablesAndHeaders() {
    byte[] docx =
        Fixtures.docx("Please confirm the pickup at Gate 4 for Avery Sample.", "R-12 Lakeside");

    Extracted doc = files.extract("letter.docx", null, docx);

    assertThat(doc.kind()).isEqualTo(Kind.DOCX);
    assertThat(doc.mediaType())
        .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    assertThat(doc.text())
        .contains("Please confirm the pickup at Gate 4 for Avery Sample.")
        .contains("R-12 Lakeside")
        .contains("Theoretical Ride Sharing – internal");
    assertThat(doc.sizeBytes()).isEqualTo(docx.length);
  }

  @Test
  void readsALongDocument() {
    Extracted doc = files.extract("contract.docx", null, FileTextBenchmark.textDocx(50));

    assertThat(doc.text())
        .contains(FileTextBenchmark.line(50 * FileTextBenchmark.LINES_PER_PAGE - 1));
  }

  @Test
  void refusesMorePagesThanTheLimitAsWordCountedThem() {
    byte[] docx =
        Fixtures.bytes(
            out -> {
              try (XWPFDocument doc =
                  new XWPFDocument(new ByteArrayInputStream(Fixtures.docx("Long.", "R-9")))) {
                doc.getProperties().getExtendedProperties().getUnderlyingProperties().setPages(340);
                doc.write(out);
              }
            });

    assertThatThrownBy(() -> files.extract("manual.docx", null, docx))
        .hasMessage(
            "manual.docx: the document has 340 pages; the limit is 200. Split it or upload the"
                + " pages you need.");
  }

  @Test
  void readsAWordDocumentNamedPdf() {
    Extracted doc = files.extract("letter.pdf", "application/pdf", Fixtures.docx("Hello.", "R-2"));

    assertThat(doc.kind()).isEqualTo(Kind.DOCX);
    assertThat(doc.text()).contains("Hello.");
  }

  @Test
  void refusesAZipBombBeforePoiOpensIt() {
    byte[] bomb = Fixtures.docxZipBomb(300);
    assertThat(bomb.length).isLessThan(1 << 20);
    long started = System.nanoTime();

    assertThatThrownBy(() -> files.extract("letter.docx", null, bomb))
        .isInstanceOf(UnreadableFileException.class)
        .hasMessageStartingWith("letter.docx: it unpacks to more than 64 MB")
        .hasMessageContaining("zip bomb")
        .extracting(e -> ((UnreadableFileException) e).problem())
        .isEqualTo(Problem.OVER_LIMIT);
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void tellsHowToRemoveAPassword() {
    assertThatThrownBy(() -> files.extract("plan.docx", null, Fixtures.encryptedDocx()))
        .hasMessageStartingWith(
            "plan.docx: the name says it is a Word document (DOCX), but the content is a"
                + " password-protected Office document. Remove the password")
        .extracting(e -> ((UnreadableFileException) e).problem())
        .isEqualTo(Problem.PROTECTED);
  }

  @Test
  void asksForDocxInsteadOfWord2003() {
    assertThatThrownBy(() -> files.extract("old.doc", null, Fixtures.legacyDoc()))
        .hasMessage(
            "old.doc: it is a Word 97-2003 document (DOC), which cannot be read. Save it as a"
                + " Word document (DOCX) or a PDF and upload that.");
  }

  @Test
  void asksForCsvInsteadOfAWorkbook() {
    assertThatThrownBy(() -> files.extract("fares.xlsx", null, Fixtures.xlsx()))
        .hasMessage(
            "fares.xlsx: it is an Excel workbook (XLSX), which cannot be read. Save the sheet as"
                + " CSV and upload that.");
  }

  @Test
  void refusesATruncatedDocument() {
    byte[] docx = Fixtures.docx("Cut short.", "R-1");
    byte[] truncated = Arrays.copyOf(docx, docx.length / 2);

    assertThatThrownBy(() -> files.extract("cut.docx", null, truncated))
        .isInstanceOf(UnreadableFileException.class)
        .hasMessageStartingWith("cut.docx: the ")
        .hasMessageContaining("damaged")
        .extracting(e -> ((UnreadableFileException) e).problem())
        .isEqualTo(Problem.DAMAGED);
  }
}
