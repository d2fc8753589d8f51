package onramp.documents.model;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import onramp.gateway.Content;

/**
 * Turns a page or card image into the bytes sent to the model: scaled down so the long side is at
 * most {@value #MAX_LONG_SIDE} px and the area at most {@value #MAX_PIXELS} pixels (the vendor
 * scales larger images down itself, so more pixels cost bandwidth, not accuracy), then encoded as
 * PNG or JPEG (quality {@value #JPEG_QUALITY}), whichever is smaller: PNG wins for scanned pages
 * (white paper, black ink), JPEG for photos and cards with printed backgrounds.
 */
final class ImagePayload {
  static final int MAX_LONG_SIDE = 1568;
  static final long MAX_PIXELS = 1_150_000;
  static final float JPEG_QUALITY = 0.9f;

  private ImagePayload() {}

  static Content.Image of(BufferedImage image) {
    BufferedImage rgb = scaled(image);
    byte[] png = encode(rgb, "png");
    byte[] jpeg = jpeg(rgb);
    return jpeg.length < png.length
        ? Content.image(jpeg, "image/jpeg")
        : Content.image(png, "image/png");
  }

  /** The image as opaque RGB, no larger than the limits; aspect ratio kept. */
  static BufferedImage scaled(BufferedImage image) {
    int w = image.getWidth();
    int h = image.getHeight();
    int tw = w;
    int th = h;
    if (Math.max(w, h) > MAX_LONG_SIDE) {
      tw = w >= h ? MAX_LONG_SIDE : Math.max(1, (int) Math.round((double) w * MAX_LONG_SIDE / h));
      th = w >= h ? Math.max(1, (int) Math.round((double) h * MAX_LONG_SIDE / w)) : MAX_LONG_SIDE;
    }
    if ((long) tw * th > MAX_PIXELS) {
      double shrink = Math.sqrt((double) MAX_PIXELS / ((double) tw * th));
      tw = Math.max(1, (int) Math.floor(tw * shrink));
      th = Math.max(1, (int) Math.floor(th * shrink));
    }
    BufferedImage out = new BufferedImage(tw, th, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    try {
      g.setRenderingHint(
          RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
      g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      g.setColor(java.awt.Color.WHITE);
      g.fillRect(0, 0, tw, th);
      g.drawImage(image, 0, 0, tw, th, null);
    } finally {
      g.dispose();
    }
    return out;
  }

  private static byte[] encode(BufferedImage image, String format) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      if (!ImageIO.write(image, format, out)) {
        throw new IllegalStateException("no ImageIO writer for " + format);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] jpeg(BufferedImage image) {
    Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
    if (!writers.hasNext()) {
      throw new IllegalStateException("no ImageIO writer for jpeg");
    }
    ImageWriter writer = writers.next();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
      writer.setOutput(out);
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(JPEG_QUALITY);
      writer.write(null, new IIOImage(image, null, null), param);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }
}
