package onramp.workspace.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import onramp.workspace.files.Extracted.Kind;
import onramp.workspace.files.UnreadableFileException.Problem;
import onramp.workspace.files.bench.FileTextBenchmark;
import org.junit.jupiter.api.Test;

class PdfFilesTest {
  private final FileText files = FileText.of(FileLimits.defaults());

  @Test
  void readsTheTextOfEveryPage() {
    Extracted pdf = files.extract("contract.pdf", "application/pdf", Fixtures.pdf(3));

    assertThat(pdf.kind()).isEqualTo(Kind.PDF);
    assertThat(pdf.mediaType()).isEqualTo("application/pdf");
    assertThat(pdf.pages()).isEqualTo(3);
    assertThat(pdf.image()).isNull();
    assertThat(pdf.text())
        .contains(FileTextBenchmark.line(0))
        .contains(FileTextBenchmark.line(3 * FileTextBenchmark.LINES_PER_PAGE - 1))
        .doesNotContain("\r");
  }

  @Test
  void refusesMorePagesThanTheLimitNamingBoth() {
    assertThatThrownBy(() -> files.extract("contract.pdf", null, Fixtures.blankPdf(812)))
        .isInstanceOf(UnreadableFileException.class)
        .hasMessage(
            "contract.pdf: the PDF has 812 pages; the limit is 200. Split it or upload the pages"
                + " you need.")
        .extracting(e -> ((UnreadableFileException) e).problem())
        .isEqualTo(Problem.OVER_LIMIT);
  }

  @Test
  void refusesAPageCountBombQuickly() {
    byte[] bomb = Fixtures.blankPdf(5000);
    long started = System.nanoTime();

    assertThatThrownBy(() -> files.extract("bomb.pdf", null, bomb))
        .hasMessageContaining("the PDF has 5,000 pages; the limit is 200");
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void refusesAStreamThatDecompressesPastTheCeiling() {
    byte[] bomb = Fixtures.pdfWithHugeStream(100);
    assertThat(bomb.length).isLessThan(1 << 20);

    assertThatThrownBy(() -> files.extract("bomb.pdf", null, bomb))
        .isInstanceOf(UnreadableFileException.class)
        .hasMessageStartingWith("bomb.pdf: the PDF's pages unpack to more than 64 MB")
        .extracting(e -> ((UnreadableFileException) e).problem())
        .isEqualTo(Problem.OVER_LIMIT);
  }

  @Test
  void tellsHowToRemoveAPassword() {
    assertThatThrownBy(() -> files.extract("payslip.pdf", null, Fixtures.encryptedPdf()))
        .hasMessageStartingWith("payslip.pdf: the PDF is password-protected. Remove the password")
        .extracting(e -> ((UnreadableFileException) e).problem())
        .isEqualTo(Problem.PROTECTED);
  }

  @Test
  void refusesADamagedPdf() {
    byte[] damaged =
        "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R".getBytes(StandardCharsets.US_ASCII);

    assertThatThrownBy(() -> files.extract("broken.pdf", null, damaged))
        .hasMessage(
            "broken.pdf: the PDF is damaged and cannot be read. Open it and save or print it as a"
                + " new PDF, then upload that.");
  }

  @Test
  void refusesDeeplyNestedObjectsWithoutCrashing() {
    String nested = "[".repeat(200_000) + "]".repeat(200_000);
    byte[] pdf =
        ("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
                + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Deep "
                + nested
                + " >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

    assertThatThrownBy(() -> files.extract("deep.pdf", null, pdf))
        .isInstanceOf(UnreadableFileException.class)
        .hasMessageStartingWith("deep.pdf: the PDF is damaged and cannot be read.");
  }

  @Test
  void sendsAScanToTheImagesInstead() {
    assertThatThrownBy(() -> files.extract("scan.pdf", null, Fixtures.scannedPdf()))
        .hasMessageContaining("no text to read (it looks like a scan)")
        .hasMessageContaining("PNG or JPEG");
  }

  @Test
  void saysWhenThePagesAreBlank() {
    assertThatThrownBy(() -> files.extract("blank.pdf", null, Fixtures.blankPdf(2)))
        .hasMessage(
            "blank.pdf: the PDF has no text in it: its pages are blank. Upload the document that"
                + " has the text.");
  }

  @Test
  void stopsAtTheCharacterLimit() {
    FileText small = FileText.of(FileLimits.defaults().withMaxChars(5_000));

    assertThatThrownBy(() -> small.extract("contract.pdf", null, Fixtures.pdf(10)))
        .hasMessage(
            "contract.pdf: the text is longer than the limit of 5,000 characters. Split it or"
                + " upload the part you need.");
  }

  @Test
  void stopsAtTheTimeLimit() {
    FileText hurried = FileText.of(FileLimits.defaults().withMaxTime(Duration.ofNanos(1)));

    assertThatThrownBy(() -> hurried.extract("contract.pdf", null, Fixtures.pdf(5)))
        .hasMessageContaining("reading it took longer than the limit");
  }
}
