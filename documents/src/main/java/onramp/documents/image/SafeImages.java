package onramp.documents.image;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import onramp.documents.DocumentException;

/**
 * Decodes untrusted PNG/JPEG bytes with limits checked before any pixel is decoded: file size,
 * format (by magic bytes, not by name) and pixel count (decompression bombs declare their size in
 * the header, so they are refused before they can allocate).
 */
public final class SafeImages {
  /** 25 MB: a phone photo is 2–8 MB. */
  public static final long MAX_BYTES = 25L * 1024 * 1024;

  /** 40 megapixels: larger than any phone camera, far below what a bomb asks for. */
  public static final long MAX_PIXELS = 40_000_000L;

  private SafeImages() {}

  public static BufferedImage read(Path file) {
    String name = file.getFileName().toString();
    try {
      long size = Files.size(file);
      if (size > MAX_BYTES) {
        throw new DocumentException(
            name,
            name
                + " is "
                + size / (1024 * 1024)
                + " MB; the limit is 25 MB. Send a smaller photo.");
      }
      return read(name, Files.readAllBytes(file));
    } catch (IOException e) {
      throw new DocumentException(name, name + " cannot be read: " + e.getMessage(), e);
    }
  }

  public static BufferedImage read(String name, byte[] bytes) {
    if (bytes.length > MAX_BYTES) {
      throw new DocumentException(name, name + " is larger than 25 MB. Send a smaller photo.");
    }
    if (!isPng(bytes) && !isJpeg(bytes)) {
      throw new DocumentException(
          name, name + " is not a PNG or JPEG image. Send a photo in one of those formats.");
    }
    if (isTruncated(bytes)) {
      throw new DocumentException(
          name,
          name
              + " is cut short (the file ends before the image does); upload it"
              + " again or take a new photo.");
    }
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        throw new DocumentException(name, name + " is not a readable image.");
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
        if (pixels > MAX_PIXELS) {
          throw new DocumentException(
              name,
              name
                  + " declares "
                  + reader.getWidth(0)
                  + "×"
                  + reader.getHeight(0)
                  + " pixels, more than 40 megapixels; send an ordinary photo.");
        }
        BufferedImage image = reader.read(0);
        if (image == null) {
          throw new DocumentException(name, name + " contains no image.");
        }
        return image;
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof DocumentException de) {
        throw de;
      }
      throw new DocumentException(
          name, name + " is damaged or truncated and cannot be decoded; take the photo again.", e);
    }
  }

  /**
   * ImageIO decodes a cut-off JPEG or PNG without complaint, filling the rest with grey; the end
   * markers tell. A JPEG ends with EOI (FF D9), possibly followed by padding; a PNG with its IEND
   * chunk.
   */
  private static boolean isTruncated(byte[] b) {
    if (isPng(b)) {
      return b.length < 12
          || !(b[b.length - 8] == 'I'
              && b[b.length - 7] == 'E'
              && b[b.length - 6] == 'N'
              && b[b.length - 5] == 'D');
    }
    for (int i = b.length - 2; i >= Math.max(2, b.length - 1024); i--) {
      if ((b[i] & 0xff) == 0xff && (b[i + 1] & 0xff) == 0xd9) {
        return false;
      }
    }
    return true;
  }

  private static boolean isPng(byte[] b) {
    return b.length > 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G';
  }

  private static boolean isJpeg(byte[] b) {
    return b.length > 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff;
  }
}
