package onramp.app.apply;

import static java.util.Objects.requireNonNullElse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import onramp.app.apply.DocumentKind.MediaType;
import onramp.documents.i9.I9Exception;
import onramp.documents.i9.I9Reader;
import org.jspecify.annotations.Nullable;

/**
 * Checks an upload before it is stored: type by magic bytes (never by name or the browser's word),
 * size, and structure — a truncated image, a decompression bomb (pixel count read from the header
 * before any pixel is decoded), a PDF bomb (page count, decoded content size, image sizes) are
 * refused with a message the applicant can act on.
 */
final class UploadCheck {
  static final long MAX_BYTES = 10L * 1024 * 1024;
  static final long MAX_PIXELS = 40_000_000L;

  /** Decoding a large photo takes up to 160 MB: only two at a time. */
  private static final Semaphore DECODES = new Semaphore(2);

  private UploadCheck() {}

  static MediaType check(DocumentKind kind, byte[] bytes) {
    String what = kind.label();
    if (bytes.length == 0) {
      throw new UploadRejectedException(what + ": the file is empty. Choose the photo again.");
    }
    if (bytes.length > MAX_BYTES) {
      throw tooLarge(what);
    }
    @Nullable MediaType type = sniff(bytes).orElse(null);
    if (type == null || (type == MediaType.PDF && !kind.pdfAllowed())) {
      throw new UploadRejectedException(
          what
              + ": this file is not a "
              + (kind.pdfAllowed() ? "PDF, PNG or JPEG" : "PNG or JPEG photo")
              + ". Take a photo"
              + (kind.pdfAllowed() ? " or export the form as PDF" : "")
              + " and upload that.");
    }
    if (type == MediaType.PDF) {
      checkPdf(what, bytes);
    } else {
      checkImage(what, type, bytes);
    }
    return type;
  }

  static UploadRejectedException tooLarge(String what) {
    return new UploadRejectedException(
        what
            + ": the file is larger than 10 MB. A phone photo or a scan at 300 dpi"
            + " is enough; send a smaller one.");
  }

  static Optional<MediaType> sniff(byte[] b) {
    if (b.length >= 8
        && (b[0] & 0xff) == 0x89
        && b[1] == 'P'
        && b[2] == 'N'
        && b[3] == 'G'
        && b[4] == 0x0d
        && b[5] == 0x0a
        && b[6] == 0x1a
        && b[7] == 0x0a) {
      return Optional.of(MediaType.PNG);
    }
    if (b.length >= 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
      return Optional.of(MediaType.JPEG);
    }
    if (b.length >= 5 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F' && b[4] == '-') {
      return Optional.of(MediaType.PDF);
    }
    return Optional.empty();
  }

  private static void checkImage(String what, MediaType type, byte[] bytes) {
    if (!complete(type, bytes)) {
      throw damaged(what);
    }
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        throw damaged(what);
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
        if (pixels > MAX_PIXELS) {
          throw new UploadRejectedException(
              what
                  + ": the image says it is "
                  + reader.getWidth(0)
                  + "×"
                  + reader.getHeight(0)
                  + " pixels, more than any phone camera takes. Send an ordinary photo.");
        }
        if (pixels == 0) {
          throw damaged(what);
        }
        DECODES.acquireUninterruptibly();
        try {
          if (reader.read(0) == null) {
            throw damaged(what);
          }
        } finally {
          DECODES.release();
        }
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof UploadRejectedException u) {
        throw u;
      }
      throw damaged(what);
    }
  }

  /** PNG ends with its IEND chunk, JPEG with the EOI marker: a cut-off upload does not. */
  private static boolean complete(MediaType type, byte[] b) {
    int n = b.length;
    if (type == MediaType.PNG) {
      return n >= 12 && b[n - 8] == 'I' && b[n - 7] == 'E' && b[n - 6] == 'N' && b[n - 5] == 'D';
    }
    for (int i = n - 1; i > 0 && i >= n - 1024; i--) {
      if ((b[i - 1] & 0xff) == 0xff && (b[i] & 0xff) == 0xd9) {
        return true;
      }
    }
    return false;
  }

  private static UploadRejectedException damaged(String what) {
    return new UploadRejectedException(
        what
            + ": the file is damaged or cut short and cannot be opened. Take the"
            + " photo again and upload it once more.");
  }

  /**
   * The Form I-9 reader's own limits (PDF bombs, encryption, damage), so an upload fails as reading
   * would.
   */
  private static void checkPdf(String what, byte[] bytes) {
    try {
      I9Reader.checkLimits(what, bytes);
    } catch (I9Exception e) {
      throw new UploadRejectedException(
          requireNonNullElse(
              e.getMessage(),
              what + ": this PDF cannot be opened. Export the form as PDF again and upload that."));
    }
  }
}
