package onramp.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;

/** Files made to hurt a server: a decompression bomb, a PDF bomb, a cut-off image. */
public final class HostileFiles {
  private HostileFiles() {}

  /** The first half of a real image: no end marker, undecodable rest. */
  public static byte[] truncated(byte[] image) {
    return Arrays.copyOf(image, image.length / 2);
  }

  /**
   * A 60-kB PNG that declares 100,000 × 100,000 pixels (10 gigapixels, 30 GB decoded), with a valid
   * zlib stream of zeros and a proper end: a decoder that trusts the header allocates it all.
   */
  public static byte[] decompressionBombPng() {
    int side = 100_000;
    ByteBuffer ihdr =
        ByteBuffer.allocate(13)
            .putInt(side)
            .putInt(side)
            .put((byte) 8)
            .put((byte) 2)
            .put((byte) 0)
            .put((byte) 0)
            .put((byte) 0);
    byte[] zeros = new byte[8 * 1024 * 1024];
    Deflater deflater = new Deflater(9);
    deflater.setInput(zeros);
    deflater.finish();
    byte[] buffer = new byte[1024 * 1024];
    int n = deflater.deflate(buffer);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a});
    chunk(out, "IHDR", ihdr.array());
    chunk(out, "IDAT", Arrays.copyOf(buffer, n));
    chunk(out, "IEND", new byte[0]);
    return out.toByteArray();
  }

  private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
    byte[] t = type.getBytes(StandardCharsets.US_ASCII);
    out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
    out.writeBytes(t);
    out.writeBytes(data);
    CRC32 crc = new CRC32();
    crc.update(t);
    crc.update(data);
    out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
  }

  /**
   * A one-page PDF whose 40-kB compressed content stream inflates to 64 MB of drawing instructions.
   */
  public static byte[] pdfBomb() {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      PDStream contents = new PDStream(doc);
      try (var out = contents.createOutputStream(COSName.FLATE_DECODE)) {
        byte[] block = new byte[1024 * 1024];
        Arrays.fill(block, (byte) ' ');
        for (int i = 0; i < 64; i++) {
          out.write(block);
        }
      }
      page.setContents(contents);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      doc.save(bytes);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
