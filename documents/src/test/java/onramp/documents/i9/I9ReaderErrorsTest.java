package onramp.documents.i9;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import onramp.documents.DocumentException;
import onramp.documents.i9.I9Exception.Reason;
import onramp.documents.synthetic.FillOptions;
import onramp.documents.synthetic.I9Filler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class I9ReaderErrorsTest {
  private static final I9Reader READER = I9Reader.standard();

  private static byte[] filled() {
    return I9Filler.fill(
        SyntheticPeople.citizenWithLicence().with(I9Field.SSN, "912-45-6789"),
        FillOptions.fillable());
  }

  @Test
  void saysAnEncryptedPdfMustBeExportedUnlocked() {
    byte[] pdf = BadPdfs.encrypted(filled());

    I9Exception e = catchThrowableOfType(I9Exception.class, () -> READER.read("i9.pdf", pdf));

    assertThat(e.reason()).isEqualTo(Reason.ENCRYPTED);
    assertThat(e)
        .isInstanceOf(DocumentException.class)
        .hasMessage("i9.pdf is encrypted; export it unlocked from the HR system.");
    assertThat(e.document()).isEqualTo("i9.pdf");
  }

  @Test
  void refusesAPageTreeNestedThousandsOfLevelsDeepWithAClearReason() {
    byte[] pdf = BadPdfs.deepPageTree(20_000);

    I9Exception e = catchThrowableOfType(I9Exception.class, () -> READER.read("i9.pdf", pdf));

    assertThat(e).as("a clear refusal, not a StackOverflowError").isNotNull();
    assertThat(e.reason()).isEqualTo(Reason.DAMAGED);
    assertThat(e.getMessage())
        .startsWith("i9.pdf")
        .contains("nests")
        .doesNotContain("Exception", "Error", "java.");
  }

  @Test
  void checkingAnUploadRefusesADeepPageTreeToo() {
    byte[] pdf = BadPdfs.deepPageTree(20_000);

    assertThatThrownBy(() -> I9Reader.checkLimits("Form I-9", pdf))
        .isInstanceOf(I9Exception.class)
        .hasMessageContaining("nests");
  }

  @Test
  void refusesAPageTreeDeeperThanAnyFormNeedsBeforePdfBoxWalksIt() {
    byte[] pdf = BadPdfs.deepPageTree(200);

    assertThatThrownBy(() -> READER.read("i9.pdf", pdf))
        .isInstanceOfSatisfying(
            I9Exception.class, e -> assertThat(e.reason()).isEqualTo(Reason.DAMAGED))
        .hasMessage(
            "i9.pdf: its page tree is nested more than 32 levels deep, which no Form I-9 does;"
                + " export the form again from the HR system.");
  }

  @Test
  void saysWhatToSendWhenTheFileIsNotAPdf() {
    assertThatThrownBy(
            () ->
                READER.read(
                    "i9.pdf", "Name,DOB\nRivera,1990-03-14\n".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(
            I9Exception.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_A_PDF))
        .hasMessageContaining("i9.pdf is not a PDF")
        .hasMessageContaining("as PNG images");
  }

  @Test
  void saysATruncatedPdfIsDamagedWithoutRevealingItsContent() {
    byte[] pdf = Arrays.copyOf(filled(), 400);

    I9Exception e = catchThrowableOfType(I9Exception.class, () -> READER.read("i9.pdf", pdf));

    assertThat(e.reason()).isIn(Reason.DAMAGED, Reason.NOT_AN_I9);
    assertThat(e.getMessage())
        .startsWith("i9.pdf is ")
        .doesNotContain("912")
        .doesNotContain("6789");
  }

  @Test
  void readsWhatSurvivesOfAPdfCutShortOrSaysItIsDamaged() {
    byte[] full = filled();
    byte[] pdf = Arrays.copyOf(full, full.length * 9 / 10);

    try {
      I9Form form = READER.read("i9.pdf", pdf);
      assertThat(form.section1().name().last().text()).isIn("Rivera", "");
    } catch (I9Exception e) {
      assertThat(e.reason()).isIn(Reason.DAMAGED, Reason.NOT_AN_I9);
      assertThat(e.getMessage()).doesNotContain("6789");
    }
  }

  @Test
  void saysAPdfThatIsNotAnI9IsNotAFormI9() {
    assertThatThrownBy(() -> READER.read("i9.pdf", BadPdfs.quarterlyReport()))
        .isInstanceOfSatisfying(
            I9Exception.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_AN_I9))
        .hasMessageStartingWith("i9.pdf is not a Form I-9")
        .hasMessageContaining("edition 01/20/25");
  }

  @Test
  void refusesAPageTreeOfAHundredThousandPagesQuickly() {
    byte[] bomb = BadPdfs.hundredThousandPages();

    long start = System.nanoTime();
    assertThatThrownBy(() -> READER.read("i9.pdf", bomb))
        .isInstanceOfSatisfying(
            I9Exception.class, e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE))
        .hasMessageContaining("100000 pages");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void refusesContentThatExpandsFarBeyondAForm() {
    byte[] bomb = BadPdfs.contentBomb();

    assertThat(bomb.length).isLessThan(200_000);
    assertThatThrownBy(() -> READER.read("i9.pdf", bomb))
        .isInstanceOfSatisfying(
            I9Exception.class, e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE))
        .hasMessageContaining("16 MB");
  }

  @Test
  void survivesAStreamDeclaringATerabyteLength() {
    byte[] pdf = BadPdfs.hugeDeclaredLength();

    assertThatThrownBy(() -> READER.read("i9.pdf", pdf))
        .isInstanceOfSatisfying(
            I9Exception.class, e -> assertThat(e.reason()).isIn(Reason.DAMAGED, Reason.NOT_AN_I9));
  }

  @Test
  void refusesAFileOverTheSizeLimitBeforeReadingIt(@TempDir Path dir) throws Exception {
    Path big = dir.resolve("i9.pdf");
    try (var ch =
        java.nio.channels.FileChannel.open(
            big,
            java.nio.file.StandardOpenOption.CREATE_NEW,
            java.nio.file.StandardOpenOption.WRITE)) {
      ch.write(java.nio.ByteBuffer.wrap(new byte[] {1}), SafePdf.MAX_BYTES + 10L);
    }

    assertThatThrownBy(() -> READER.read(big))
        .isInstanceOfSatisfying(
            I9Exception.class, e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE));
  }

  @Test
  void readsAFileByPath(@TempDir Path dir) throws Exception {
    Path file = Files.write(dir.resolve("i9.pdf"), filled());

    assertThat(READER.read(file).section1().name().last().text()).isEqualTo("Rivera");
  }

  @Test
  void readsAnOlderEditionAsWrongEditionInsteadOfFailing() {
    byte[] pdf = BadPdfs.olderEdition("Form I-9 Edition 08/01/23 Page 1 of 4", true);

    I9Form form = READER.read("i9.pdf", pdf);

    assertThat(form.wrongEdition()).isTrue();
    assertThat(form.edition()).isEqualTo(new Edition("08/01/23", Edition.Basis.FORM_TEXT));
    assertThat(form.section1().name().last().text()).isEqualTo("Rivera");
  }

  @Test
  void recognisesThe2019EditionFromItsFooterAlone() {
    byte[] pdf = BadPdfs.olderEdition("Form I-9 10/21/2019 Page 1 of 3", false);

    I9Form form = READER.read("i9.pdf", pdf);

    assertThat(form.wrongEdition()).isTrue();
    assertThat(form.edition().printed()).isEqualTo("10/21/2019");
  }
}
