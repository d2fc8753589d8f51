package onramp.workspace.files;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import onramp.workspace.files.Sniffer.Format;
import onramp.workspace.files.UnreadableFileException.Problem;

/**
 * An image for the model. Anthropic takes PNG, JPEG, GIF and WebP up to 5 MB and 8000 pixels a
 * side, and scales anything over 1568 pixels on the longer edge down to that before the model sees
 * it. So an image within the limits goes as it is; a PNG, JPEG or GIF over them is scaled to 1568
 * pixels (read subsampled, so a large photo never fills the heap) and sent as JPEG, or PNG when it
 * has transparency; a WebP over them, or anything over 100 megapixels, is refused.
 */
final class ImageFile {
  static final long MAX_BYTES = 5L * 1024 * 1024;
  static final int MAX_EDGE = 8000;
  static final int MODEL_EDGE = 1568;
  static final long MAX_PIXELS = 100_000_000L;

  record Image(byte[] bytes, String mediaType, int width, int height) {}

  private ImageFile() {}

  static Image read(byte[] bytes, Format format, Budget budget) {
    int[] size = Dimensions.of(bytes, format);
    if (size[0] <= 0 || size[1] <= 0) {
      throw budget.refuse(
          Problem.DAMAGED,
          "the "
              + name(format)
              + " image is damaged: its size cannot be read. Save it again and"
              + " upload that.");
    }
    int width = size[0];
    int height = size[1];
    if (bytes.length <= MAX_BYTES && Math.max(width, height) <= MAX_EDGE) {
      return new Image(bytes, mediaType(format), width, height);
    }
    String what =
        "the image is "
            + Budget.megabytes(bytes.length)
            + " and "
            + Budget.number(width)
            + " × "
            + Budget.number(height)
            + " pixels";
    if (format == Format.WEBP || (long) width * height > MAX_PIXELS) {
      throw budget.refuse(
          Problem.OVER_LIMIT,
          what
              + "; the model takes at most 5 MB and 8,000 pixels a side. Save it as a smaller JPEG"
              + " or PNG (1,568 pixels on the longer side is what the model sees) and upload that.");
    }
    try {
      return scaled(bytes, width, height);
    } catch (IOException | RuntimeException e) {
      throw budget.refuse(
          Problem.DAMAGED,
          what
              + ", too large to send as it is, and it cannot be decoded to scale it down. Save it"
              + " as a smaller JPEG or PNG and upload that.");
    }
  }

  private static Image scaled(byte[] bytes, int width, int height) throws IOException {
    BufferedImage source = readSubsampled(bytes, Math.max(1, Math.max(width, height) / MODEL_EDGE));
    double scale =
        Math.min(1.0, (double) MODEL_EDGE / Math.max(source.getWidth(), source.getHeight()));
    int w = Math.max(1, (int) Math.round(source.getWidth() * scale));
    int h = Math.max(1, (int) Math.round(source.getHeight() * scale));
    boolean alpha = source.getColorModel().hasAlpha();
    BufferedImage target =
        new BufferedImage(w, h, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
    Graphics2D g = target.createGraphics();
    try {
      g.setRenderingHint(
          RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      g.drawImage(source, 0, 0, w, h, null);
    } finally {
      g.dispose();
    }
    return alpha
        ? new Image(png(target), "image/png", w, h)
        : new Image(jpeg(target), "image/jpeg", w, h);
  }

  private static BufferedImage readSubsampled(byte[] bytes, int step) throws IOException {
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        throw new IOException("no image reader");
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        ImageReadParam param = reader.getDefaultReadParam();
        param.setSourceSubsampling(step, step, 0, 0);
        return reader.read(0, param);
      } finally {
        reader.dispose();
      }
    }
  }

  private static byte[] jpeg(BufferedImage image) throws IOException {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
      writer.setOutput(ios);
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(0.9f);
      writer.write(null, new IIOImage(image, null, null), param);
    } finally {
      writer.dispose();
    }
    return out.toByteArray();
  }

  private static byte[] png(BufferedImage image) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }

  static String mediaType(Format format) {
    return "image/" + name(format).toLowerCase(Locale.ROOT);
  }

  private static String name(Format format) {
    return switch (format) {
      case PNG -> "PNG";
      case JPEG -> "JPEG";
      case GIF -> "GIF";
      case WEBP -> "WebP";
      default -> throw new IllegalArgumentException("not an image: " + format);
    };
  }
}
