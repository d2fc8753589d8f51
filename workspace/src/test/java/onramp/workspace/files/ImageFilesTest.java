package onramp.workspace.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import javax.imageio.ImageIO;
import onramp.workspace.files.Extracted.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImageFilesTest {
  private final FileText files = FileText.of(FileLimits.defaults());

  @ParameterizedTest
  @CsvSource({"png, image/png", "jpg, image/jpeg", "gif, image/gif"})
  void passesASmallImageOnUnchanged(String format, String mediaType) {
    byte[] image = Fixtures.image(format, 640, 480);

    Extracted extracted = files.extract("photo." + format, null, image);

    assertThat(extracted.kind()).isEqualTo(Kind.IMAGE);
    assertThat(extracted.isImage()).isTrue();
    assertThat(extracted.mediaType()).isEqualTo(mediaType);
    assertThat(extracted.text()).isEmpty();
    assertThat(extracted.image()).isEqualTo(image);
  }

  @Test
  void passesAWebpOnUnchanged() {
    byte[] webp = Fixtures.webp(1200, 900);

    Extracted extracted = files.extract("photo.webp", null, webp);

    assertThat(extracted.mediaType()).isEqualTo("image/webp");
    assertThat(extracted.image()).isEqualTo(webp);
  }

  @Test
  void scalesAnImageWiderThanTheModelTakesToWhatItSees() throws IOException {
    byte[] wide = Fixtures.image("png", 9000, 300);

    Extracted extracted = files.extract("panorama.png", null, wide);

    assertThat(extracted.mediaType()).isEqualTo("image/jpeg");
    BufferedImage sent = ImageIO.read(new ByteArrayInputStream(extracted.image()));
    assertThat(sent.getWidth()).isEqualTo(ImageFile.MODEL_EDGE);
    assertThat(sent.getHeight()).isBetween(50, 54);
  }

  @Test
  void scalesAnImageOverFiveMegabytes() throws IOException {
    byte[] heavy = Fixtures.noisyPng(1800, 1000);
    assertThat(heavy.length).isGreaterThan((int) ImageFile.MAX_BYTES);

    Extracted extracted = files.extract("noise.png", null, heavy);

    assertThat(extracted.image()).hasSizeLessThan((int) ImageFile.MAX_BYTES);
    assertThat(ImageIO.read(new ByteArrayInputStream(extracted.image())).getWidth())
        .isEqualTo(ImageFile.MODEL_EDGE);
    assertThat(extracted.sizeBytes()).isEqualTo(heavy.length);
  }

  @Test
  void refusesAWebpItCannotScale() {
    assertThatThrownBy(() -> files.extract("huge.webp", null, Fixtures.webp(9000, 9000)))
        .hasMessageContaining(
            "9,000 × 9,000 pixels; the model takes at most 5 MB and 8,000 pixels");
  }

  @Test
  void refusesAPixelBombWithoutDecodingIt() {
    assertThatThrownBy(() -> files.extract("bomb.jpg", null, Fixtures.jpegHeader(60000, 60000)))
        .hasMessageStartingWith("bomb.jpg: the image is")
        .hasMessageContaining("60,000 × 60,000 pixels");
  }

  @Test
  void refusesAnImageWhoseSizeCannotBeRead() {
    byte[] png = Fixtures.image("png", 10, 10);
    byte[] broken = Arrays.copyOf(png, 12);

    assertThatThrownBy(() -> files.extract("broken.png", null, broken))
        .hasMessage(
            "broken.png: the PNG image is damaged: its size cannot be read. Save it again and upload that.");
  }
}
