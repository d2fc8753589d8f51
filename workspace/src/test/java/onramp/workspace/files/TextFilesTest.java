package onramp.workspace.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import onramp.workspace.files.Extracted.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TextFilesTest {
  private static final String NOTE = "Café on Rue Saint-Denis: pickup moved to 9:15 — €12 fare.";
  private final FileText files = FileText.of(FileLimits.defaults());

  static Stream<Arguments> encodings() {
    return Stream.of(
        Arguments.of("UTF-8", new byte[0], StandardCharsets.UTF_8),
        Arguments.of(
            "UTF-8 with BOM",
            new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
            StandardCharsets.UTF_8),
        Arguments.of(
            "UTF-16 LE with BOM", new byte[] {(byte) 0xFF, (byte) 0xFE}, StandardCharsets.UTF_16LE),
        Arguments.of(
            "UTF-16 BE with BOM", new byte[] {(byte) 0xFE, (byte) 0xFF}, StandardCharsets.UTF_16BE),
        Arguments.of("windows-1252", new byte[0], Charset.forName("windows-1252")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("encodings")
  void readsTextInEveryCommonEncoding(String name, byte[] bom, Charset charset) {
    byte[] body = (NOTE + "\r\nSecond line\r\n").getBytes(charset);
    byte[] file = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, file, 0, bom.length);
    System.arraycopy(body, 0, file, bom.length, body.length);

    Extracted text = files.extract("note.txt", "text/plain", file);

    assertThat(text.kind()).isEqualTo(Kind.TEXT);
    assertThat(text.text()).isEqualTo(NOTE + "\nSecond line");
  }

  @Test
  void readsLatin1AsWindows1252() {
    byte[] latin1 = "Montréal, Zürich, São Paulo".getBytes(StandardCharsets.ISO_8859_1);

    assertThat(files.extract("cities.txt", null, latin1).text())
        .isEqualTo("Montréal, Zürich, São Paulo");
  }

  @Test
  void tellsCsvAndMarkdownFromPlainTextByName() {
    byte[] csv = "trip,city,fare\n1,Lyon,12.50\n2,Austin,9.00\n".getBytes(StandardCharsets.UTF_8);
    byte[] md = "# Meeting\n\n- item one\n- item two\n".getBytes(StandardCharsets.UTF_8);

    Extracted table = files.extract("trips.csv", null, csv);
    Extracted notes = files.extract("notes", "text/markdown; charset=utf-8", md);

    assertThat(table.kind()).isEqualTo(Kind.CSV);
    assertThat(table.mediaType()).isEqualTo("text/csv");
    assertThat(table.text()).isEqualTo("trip,city,fare\n1,Lyon,12.50\n2,Austin,9.00");
    assertThat(notes.kind()).isEqualTo(Kind.MARKDOWN);
    assertThat(notes.text()).startsWith("# Meeting");
  }

  @Test
  void dropsTheFolderFromTheName() {
    Extracted text =
        files.extract("C:\\fakepath\\notes.txt", null, "hello".getBytes(StandardCharsets.UTF_8));

    assertThat(text.fileName()).isEqualTo("notes.txt");
  }

  @Test
  void refusesTextOverTheCharacterLimit() {
    FileText small = FileText.of(FileLimits.defaults().withMaxChars(100));

    assertThatThrownBy(
            () -> small.extract("long.txt", null, "x".repeat(101).getBytes(StandardCharsets.UTF_8)))
        .hasMessage(
            "long.txt: the text is longer than the limit of 100 characters. Split it or upload the"
                + " part you need.");
  }

  @Test
  void refusesAnEmptyFile() {
    assertThatThrownBy(() -> files.extract("empty.txt", null, new byte[0]))
        .hasMessage("empty.txt: the file is empty. Upload it again.");
  }
}
