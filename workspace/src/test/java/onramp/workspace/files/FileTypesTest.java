package onramp.workspace.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import onramp.workspace.files.Extracted.Kind;
import onramp.workspace.files.UnreadableFileException.Problem;
import org.junit.jupiter.api.Test;

class FileTypesTest {
  private final FileText files = FileText.of(FileLimits.defaults());

  @Test
  void refusesA200MegabyteUploadBeforeReadingIt() {
    byte[] huge = new byte[200 * 1024 * 1024];
    System.arraycopy("%PDF-1.7".getBytes(StandardCharsets.US_ASCII), 0, huge, 0, 8);

    assertThatThrownBy(() -> files.extract("scan.pdf", null, huge))
        .hasMessage(
            "scan.pdf: the file is 200 MB; the limit is 25 MB. Split it or upload the part you need.")
        .extracting(e -> ((UnreadableFileException) e).problem())
        .isEqualTo(Problem.TOO_LARGE);
  }

  @Test
  void refusesAProgramThatCallsItselfAPdf() {
    byte[] exe = new byte[512];
    exe[0] = 'M';
    exe[1] = 'Z';

    assertThatThrownBy(() -> files.extract("invoice.pdf", "application/pdf", exe))
        .hasMessage(
            "invoice.pdf: the name says it is a PDF, but the content is a Windows program (EXE),"
                + " which cannot be read. "
                + FileText.READABLE)
        .extracting(e -> ((UnreadableFileException) e).problem())
        .isEqualTo(Problem.UNSUPPORTED);
  }

  @Test
  void readsAPngNamedDocxAsTheImageItIs() {
    byte[] png = Fixtures.image("png", 100, 80);

    Extracted extracted = files.extract("report.docx", "application/msword", png);

    assertThat(extracted.kind()).isEqualTo(Kind.IMAGE);
    assertThat(extracted.mediaType()).isEqualTo("image/png");
  }

  @Test
  void readsAPdfNamedTxtAsThePdfItIs() {
    Extracted extracted = files.extract("notes.txt", "text/plain", Fixtures.pdf(2));

    assertThat(extracted.kind()).isEqualTo(Kind.PDF);
    assertThat(extracted.pages()).isEqualTo(2);
  }

  @Test
  void refusesBinaryJunkNamingWhatItClaimed() {
    byte[] junk = new byte[4096];
    new Random(3).nextBytes(junk);
    junk[0] = 0x42; // no known signature
    junk[1] = 0;

    assertThatThrownBy(() -> files.extract("minutes.md", null, junk))
        .hasMessageStartingWith(
            "minutes.md: the name says it is a Markdown file, but the content is a binary file of"
                + " an unknown type, which cannot be read.");
  }

  @Test
  void namesArchivesAndTellsToUnpackThem() {
    byte[] gzip = {0x1F, (byte) 0x8B, 8, 0, 0, 0, 0, 0, 0, 3};

    assertThatThrownBy(() -> files.extract("bundle.gz", null, gzip))
        .hasMessageStartingWith(
            "bundle.gz: it is a gzip archive, which cannot be read. Unpack it and upload the"
                + " documents inside.");
  }

  @Test
  void servesManyUploadsAtOnce() throws Exception {
    List<byte[]> uploads =
        List.of(
            Fixtures.pdf(2),
            Fixtures.docx("Parallel.", "R-3"),
            "plain text".getBytes(StandardCharsets.UTF_8),
            Fixtures.image("png", 64, 64));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Kind>> kinds =
          IntStream.range(0, 32)
              .mapToObj(
                  i -> pool.submit(() -> files.extract("f" + i, null, uploads.get(i % 4)).kind()))
              .toList();
      for (int i = 0; i < kinds.size(); i++) {
        assertThat(kinds.get(i).get())
            .isEqualTo(List.of(Kind.PDF, Kind.DOCX, Kind.TEXT, Kind.IMAGE).get(i % 4));
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
