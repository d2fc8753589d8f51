package onramp.onboarding.application;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import onramp.documents.i9.I9Form;
import onramp.documents.i9.I9Reader;
import onramp.documents.image.SafeImages;

/**
 * One uploaded file under its name in the application folder layout (DESIGN.md): {@code
 * dl-front.png}, {@code dl-back.jpg}, {@code i9.pdf}, {@code i9-page1.png}… Either bytes in memory
 * (the service: decrypted documents never touch the disk) or a file of an application folder read
 * when a reader asks for it ({@code ./onramp verify}: a 500 MB file is refused by its size, not
 * loaded).
 */
public sealed interface Document {
  String name();

  /**
   * The image, within {@link SafeImages}' limits.
   *
   * @throws onramp.documents.DocumentException when it is not a readable, reasonable PNG or JPEG
   */
  BufferedImage image();

  /**
   * The Form I-9 PDF read by {@code reader}.
   *
   * @throws onramp.documents.DocumentException when the PDF is not a readable Form I-9
   */
  I9Form i9Pdf(I9Reader reader);

  /** Bytes held in memory. */
  record InMemory(String name, byte[] bytes) implements Document {
    public InMemory {
      bytes = bytes.clone();
    }

    @Override
    public BufferedImage image() {
      return SafeImages.read(name, bytes);
    }

    @Override
    public I9Form i9Pdf(I9Reader reader) {
      return reader.read(name, bytes);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof InMemory other
          && name.equals(other.name)
          && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
      return Objects.hash(name, Arrays.hashCode(bytes));
    }

    /** The name and size only: the bytes are personal data. */
    @Override
    public String toString() {
      return "Document[" + name + ", " + bytes.length + " bytes]";
    }
  }

  /** A file of an application folder, read when asked for. */
  record InFolder(Path file) implements Document {
    @Override
    public String name() {
      return String.valueOf(file.getFileName());
    }

    @Override
    public BufferedImage image() {
      return SafeImages.read(file);
    }

    @Override
    public I9Form i9Pdf(I9Reader reader) {
      return reader.read(file);
    }
  }
}
