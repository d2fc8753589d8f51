package onramp.documents.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import onramp.documents.DocumentException;
import org.junit.jupiter.api.Test;

class SafeImagesTest {
  private static final BufferedImage CARD = new BufferedImage(120, 80, BufferedImage.TYPE_INT_RGB);

  @Test
  void decodesWholePngAndJpeg() {
    assertThat(SafeImages.read("a.png", ImageBytes.toPng(CARD)).getWidth()).isEqualTo(120);
    assertThat(SafeImages.read("a.jpg", ImageBytes.toJpeg(CARD, 90)).getHeight()).isEqualTo(80);
  }

  @Test
  void refusesCutOffFilesThatImageIoWouldFillWithGrey() {
    byte[] jpeg = ImageBytes.toJpeg(CARD, 90);
    byte[] png = ImageBytes.toPng(CARD);
    assertThatThrownBy(() -> SafeImages.read("dl-back.jpg", Arrays.copyOf(jpeg, jpeg.length / 2)))
        .isInstanceOf(DocumentException.class)
        .hasMessageContaining("dl-back.jpg is cut short");
    assertThatThrownBy(() -> SafeImages.read("dl-back.png", Arrays.copyOf(png, png.length - 10)))
        .isInstanceOf(DocumentException.class)
        .hasMessageContaining("cut short");
  }

  @Test
  void refusesWhatIsNotAnImage() {
    assertThatThrownBy(
            () ->
                SafeImages.read(
                    "dl-front.png", "%PDF-1.7 not an image".getBytes(StandardCharsets.US_ASCII)))
        .isInstanceOf(DocumentException.class)
        .hasMessageContaining("is not a PNG or JPEG image");
  }

  @Test
  void refusesADecompressionBombBeforeDecodingIt() throws Exception {
    byte[] bomb = pngDeclaring(100_000, 100_000);
    assertThatThrownBy(() -> SafeImages.read("bomb.png", bomb))
        .isInstanceOf(DocumentException.class)
        .hasMessageContaining("more than 40 megapixels");
  }

  @Test
  void refusesFilesLargerThanTheLimit() {
    byte[] huge = new byte[(int) SafeImages.MAX_BYTES + 1];
    huge[0] = (byte) 0xff;
    huge[1] = (byte) 0xd8;
    huge[2] = (byte) 0xff;
    assertThatThrownBy(() -> SafeImages.read("huge.jpg", huge))
        .hasMessageContaining("larger than 25 MB");
  }

  /** A tiny, valid PNG whose header declares an enormous image (compressed zeros). */
  private static byte[] pngDeclaring(int width, int height) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
    chunk(
        out,
        "IHDR",
        ByteBuffer.allocate(13)
            .putInt(width)
            .putInt(height)
            .put((byte) 8)
            .put((byte) 0)
            .put((byte) 0)
            .put((byte) 0)
            .put((byte) 0)
            .array());
    Deflater deflater = new Deflater(9);
    deflater.setInput(new byte[1 << 16]);
    deflater.finish();
    byte[] buf = new byte[1 << 16];
    int n = deflater.deflate(buf);
    chunk(out, "IDAT", Arrays.copyOf(buf, n));
    chunk(out, "IEND", new byte[0]);
    return out.toByteArray();
  }

  private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws Exception {
    out.write(ByteBuffer.allocate(4).putInt(data.length).array());
    byte[] t = type.getBytes(StandardCharsets.US_ASCII);
    out.write(t);
    out.write(data);
    CRC32 crc = new CRC32();
    crc.update(t);
    crc.update(data);
    out.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
  }
}
