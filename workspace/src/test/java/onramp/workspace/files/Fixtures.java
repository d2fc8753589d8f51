package onramp.workspace.files;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import onramp.workspace.files.bench.FileTextBenchmark;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/** Files made on the spot, with synthetic content only, for the extraction tests. */
final class Fixtures {
  private Fixtures() {}

  interface IoWork {
    void run(ByteArrayOutputStream out) throws IOException, GeneralSecurityException;
  }

  static byte[] bytes(IoWork work) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      work.run(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] pdf(int pages) {
    return FileTextBenchmark.textPdf(pages);
  }

  /** A PDF of {@code pages} blank pages (a page-count bomb is cheap to make). */
  static byte[] blankPdf(int pages) {
    return bytes(
        out -> {
          try (PDDocument doc = new PDDocument()) {
            for (int i = 0; i < pages; i++) {
              doc.addPage(new PDPage());
            }
            doc.save(out);
          }
        });
  }

  static byte[] encryptedPdf() {
    byte[] plain = pdf(1);
    return bytes(
        out -> {
          try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(plain)) {
            StandardProtectionPolicy policy =
                new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(out);
          }
        });
  }

  /** One page whose content stream is {@code megabytes} MB of spaces, Flate-compressed. */
  static byte[] pdfWithHugeStream(int megabytes) {
    byte[] deflated = deflatedSpaces(megabytes);
    return bytes(
        out -> {
          try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            PDStream stream = new PDStream(doc);
            try (OutputStream raw = stream.getCOSObject().createRawOutputStream()) {
              raw.write(deflated);
            }
            stream.getCOSObject().setItem(COSName.FILTER, COSName.FLATE_DECODE);
            page.setContents(stream);
            doc.save(out);
          }
        });
  }

  private static byte[] deflatedSpaces(int megabytes) {
    Deflater deflater = new Deflater(Deflater.BEST_SPEED);
    byte[] chunk = new byte[1 << 20];
    java.util.Arrays.fill(chunk, (byte) ' ');
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[64 * 1024];
    for (int i = 0; i < megabytes; i++) {
      deflater.setInput(chunk);
      while (!deflater.needsInput()) {
        out.write(buffer, 0, deflater.deflate(buffer));
      }
    }
    deflater.finish();
    while (!deflater.finished()) {
      out.write(buffer, 0, deflater.deflate(buffer));
    }
    deflater.end();
    return out.toByteArray();
  }

  /** A PDF with one page that holds only an image: what a scanner makes. */
  static byte[] scannedPdf() {
    return bytes(
        out -> {
          try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            PDImageXObject image = LosslessFactory.createFromImage(doc, picture(200, 100, false));
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
              content.drawImage(image, 50, 500);
            }
            doc.save(out);
          }
        });
  }

  /** A DOCX with a paragraph, a table and a header. */
  static byte[] docx(String paragraph, String cell) {
    return bytes(
        out -> {
          try (XWPFDocument doc = new XWPFDocument()) {
            doc.createHeader(HeaderFooterType.DEFAULT)
                .createParagraph()
                .createRun()
                .setText("Theoretical Ride Sharing – internal");
            doc.createParagraph().createRun().setText(paragraph);
            XWPFTable table = doc.createTable(1, 2);
            table.getRow(0).getCell(0).setText("Route");
            table.getRow(0).getCell(1).setText(cell);
            doc.write(out);
          }
        });
  }

  /** A real DOCX with one more entry: {@code megabytes} MB of zeros, compressed about 1000:1. */
  static byte[] docxZipBomb(int megabytes) {
    byte[] docx = docx("A perfectly ordinary letter.", "R-12");
    return bytes(
        out -> {
          try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
              ZipOutputStream zip = new ZipOutputStream(out)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
              zip.putNextEntry(new ZipEntry(entry.getName()));
              in.transferTo(zip);
              zip.closeEntry();
            }
            zip.setLevel(Deflater.BEST_COMPRESSION);
            zip.putNextEntry(new ZipEntry("word/media/image1.bin"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < megabytes; i++) {
              zip.write(zeros);
            }
            zip.closeEntry();
          }
        });
  }

  static byte[] encryptedDocx() {
    byte[] docx = docx("Confidential route plan.", "R-7");
    return bytes(
        out -> {
          try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.standard);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("user-secret");
            try (OutputStream os = encryptor.getDataStream(fs)) {
              os.write(docx);
            }
            fs.writeFilesystem(out);
          }
        });
  }

  /** An Office 97-2003 container with a WordDocument stream: what Word 2003 saved. */
  static byte[] legacyDoc() {
    return bytes(
        out -> {
          try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new ByteArrayInputStream(new byte[4096]), "WordDocument");
            fs.writeFilesystem(out);
          }
        });
  }

  static byte[] xlsx() {
    return bytes(
        out -> {
          try (XSSFWorkbook book = new XSSFWorkbook()) {
            book.createSheet("Trips").createRow(0).createCell(0).setCellValue("Fare");
            book.write(out);
          }
        });
  }

  static BufferedImage picture(int width, int height, boolean alpha) {
    BufferedImage image =
        new BufferedImage(
            width, height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(30, 90, 160, alpha ? 128 : 255));
    g.fillRect(0, 0, width, height);
    g.setColor(Color.ORANGE);
    g.fillOval(width / 4, height / 4, width / 2, height / 2);
    g.dispose();
    return image;
  }

  static byte[] image(String format, int width, int height) {
    return bytes(out -> ImageIO.write(picture(width, height, false), format, out));
  }

  /** A PNG too large to send as it is: random pixels do not compress. */
  static byte[] noisyPng(int width, int height) {
    java.util.Random random = new java.util.Random(7);
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        image.setRGB(x, y, random.nextInt());
      }
    }
    return bytes(out -> ImageIO.write(image, "png", out));
  }

  /** The header of a lossless WebP (VP8L) of the given size; no decoder here needs more. */
  static byte[] webp(int width, int height) {
    byte[] b = new byte[40];
    put(b, 0, "RIFF");
    le32(b, 4, b.length - 8);
    put(b, 8, "WEBPVP8L");
    le32(b, 16, 20);
    b[20] = 0x2F;
    int w = width - 1;
    int h = height - 1;
    long bits = (w & 0x3FFFL) | (h & 0x3FFFL) << 14;
    for (int i = 0; i < 4; i++) {
      b[21 + i] = (byte) (bits >> (8 * i));
    }
    return b;
  }

  /** A JPEG header whose frame claims the given size, and nothing else. */
  static byte[] jpegHeader(int width, int height) {
    return new byte[] {
      (byte) 0xFF,
      (byte) 0xD8,
      (byte) 0xFF,
      (byte) 0xC0,
      0,
      17,
      8,
      (byte) (height >> 8),
      (byte) height,
      (byte) (width >> 8),
      (byte) width,
      3,
      1,
      0x22,
      0,
      2,
      0x11,
      1,
      3,
      0x11,
      1,
      (byte) 0xFF,
      (byte) 0xD9
    };
  }

  private static void put(byte[] b, int at, String ascii) {
    byte[] s = ascii.getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(s, 0, b, at, s.length);
  }

  private static void le32(byte[] b, int at, int v) {
    for (int i = 0; i < 4; i++) {
      b[at + i] = (byte) (v >> (8 * i));
    }
  }
}
