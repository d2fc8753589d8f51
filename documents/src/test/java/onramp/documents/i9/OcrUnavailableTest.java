package onramp.documents.i9;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import onramp.documents.ocr.OcrUnavailableException;
import onramp.documents.ocr.Tessdata;
import onramp.documents.synthetic.FillOptions;
import onramp.documents.synthetic.I9Content;
import onramp.documents.synthetic.I9Filler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Without Tesseract's English model, fillable forms still read and scans say plainly why they
 * cannot.
 */
class OcrUnavailableTest {
  @TempDir Path emptyTessdata;

  @Test
  void aScanNeedsOcrAndSaysWhatIsMissing() {
    I9Reader reader = I9Reader.using(emptyTessdata);
    List<BufferedImage> pages =
        I9Filler.renderPages(
            I9Filler.fill(SyntheticPeople.citizenWithLicence(), FillOptions.flattened()), 150);

    for (int attempt = 0; attempt < 2; attempt++) {
      assertThatThrownBy(() -> reader.readScan(pages))
          .isInstanceOf(OcrUnavailableException.class)
          .isNotInstanceOf(onramp.documents.DocumentException.class)
          .hasMessageContaining("eng.traineddata")
          .hasMessageContaining(emptyTessdata.toString())
          .hasMessageContaining("TESSDATA_PREFIX")
          .hasMessageNotContaining("Rivera");
    }
  }

  @Test
  void aFlattenedPdfNeedsOcrToo() {
    byte[] flattened = I9Filler.fill(SyntheticPeople.citizenWithLicence(), FillOptions.flattened());

    assertThatThrownBy(() -> I9Reader.using(emptyTessdata).read("i9.pdf", flattened))
        .isInstanceOf(OcrUnavailableException.class);
  }

  @Test
  void aFillablePdfReadsWithoutOcr() {
    I9Content content = SyntheticPeople.citizenWithLicence();

    I9Form form =
        I9Reader.using(emptyTessdata)
            .read("i9.pdf", I9Filler.fill(content, FillOptions.fillable()));

    assertThat(form.section1().name().last().text()).isEqualTo("Rivera");
  }

  @Test
  void findsTheModelInTheFolderOrItsTessdataChild() throws Exception {
    Path child = Files.createDirectories(emptyTessdata.resolve("tessdata"));
    assertThat(Tessdata.resolve(emptyTessdata)).isEmpty();

    Files.writeString(child.resolve(Tessdata.MODEL), "not a model");

    assertThat(Tessdata.resolve(emptyTessdata)).contains(child);
    assertThat(Tessdata.resolve(child)).contains(child);
  }

  @Test
  void aBrokenModelFileIsUnavailableOcrNotACrash() throws Exception {
    Files.writeString(emptyTessdata.resolve(Tessdata.MODEL), "not a model");
    BufferedImage page =
        I9Filler.renderPages(
                I9Filler.fill(SyntheticPeople.citizenWithLicence(), FillOptions.flattened()), 150)
            .get(0);

    assertThatThrownBy(() -> I9Reader.using(emptyTessdata).readScan(List.of(page)))
        .isInstanceOf(OcrUnavailableException.class)
        .hasMessageContaining("could not start");
  }
}
