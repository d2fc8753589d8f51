package onramp.onboarding.i9;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import onramp.documents.Source;
import onramp.documents.i9.FieldReading;
import onramp.documents.i9.I9Field;
import onramp.documents.i9.I9PageReader;
import onramp.documents.i9.I9Reader;
import onramp.documents.specimen.PaperPhotos;
import onramp.onboarding.application.Documents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Photographed I-9 pages are saved as i9-pageN.jpg; the folder reader finds them in page order. */
class PhotographedPagesTest {
  @Test
  void readsJpegPagesInOrder(@TempDir Path folder) throws Exception {
    for (int p = 1; p <= 3; p++) {
      BufferedImage page = new BufferedImage(340, 440, BufferedImage.TYPE_INT_RGB);
      Graphics2D g = page.createGraphics();
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, 340, 440);
      g.setColor(new Color(p * 60, 0, 0));
      g.fillRect(40, 40, 100, 30);
      g.dispose();
      Files.write(folder.resolve("i9-page" + p + ".jpg"), PaperPhotos.jpeg(page, p));
    }
    List<Integer> read = new ArrayList<>();
    I9PageReader stub =
        new I9PageReader() {
          @Override
          public Source source() {
            return Source.SCAN_OCR;
          }

          @Override
          public Map<I9Field, FieldReading> read(BufferedImage page, int pageNumber) {
            assertThat(page.getWidth()).isGreaterThan(340);
            read.add(pageNumber);
            return Map.of();
          }

          @Override
          public String footer(BufferedImage page1) {
            return "Form I-9 Edition 01/20/25 Page 1 of 4";
          }
        };
    I9Documents.using(I9Reader.with(stub)).read(Documents.inFolder(folder));
    assertThat(read).containsExactly(1, 3); // page 2 holds the instructions' fields, not read
  }
}
