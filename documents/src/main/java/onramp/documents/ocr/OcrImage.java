package onramp.documents.ocr;

import java.awt.image.BufferedImage;

/**
 * An 8-bit grey image as Tesseract takes it: row-major, one byte per pixel.
 *
 * @param grey {@code width × height} grey levels
 */
public record OcrImage(byte[] grey, int width, int height) {
  public OcrImage {
    if (grey.length != width * height) {
      throw new IllegalArgumentException(
          "a grey image of " + width + "×" + height + " needs that many bytes, had " + grey.length);
    }
  }

  public static OcrImage of(byte[] grey, int width, int height) {
    return new OcrImage(grey, width, height);
  }

  /** The grey levels of an image of type {@link BufferedImage#TYPE_BYTE_GRAY}. */
  public static OcrImage of(BufferedImage grey) {
    int w = grey.getWidth();
    int h = grey.getHeight();
    byte[] pixels = new byte[w * h];
    grey.getRaster().getDataElements(0, 0, w, h, pixels);
    return new OcrImage(pixels, w, h);
  }
}
