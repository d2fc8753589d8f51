package onramp.app.apply;

import java.util.Arrays;
import java.util.Optional;

/** The three documents an applicant uploads, and the file names the verifier expects for them. */
public enum DocumentKind {
  DL_FRONT("dl-front", "Driver licence, front", false),
  DL_BACK("dl-back", "Driver licence, back (with the barcode)", false),
  I9("i9", "Form I-9", true);

  private final String key;
  private final String label;
  private final boolean pdfAllowed;

  DocumentKind(String key, String label, boolean pdfAllowed) {
    this.key = key;
    this.label = label;
    this.pdfAllowed = pdfAllowed;
  }

  public String key() {
    return key;
  }

  public String label() {
    return label;
  }

  public boolean pdfAllowed() {
    return pdfAllowed;
  }

  /** The name in the application folder (DESIGN.md): dl-front.png, i9.pdf, i9-page1.jpg… */
  public String fileName(MediaType type) {
    if (this == I9) {
      return type == MediaType.PDF ? "i9.pdf" : "i9-page1." + type.extension();
    }
    return key + "." + type.extension();
  }

  public static Optional<DocumentKind> byKey(String key) {
    return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
  }

  /** The types accepted, told by their first bytes. */
  public enum MediaType {
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg"),
    PDF("application/pdf", "pdf");

    private final String mime;
    private final String extension;

    MediaType(String mime, String extension) {
      this.mime = mime;
      this.extension = extension;
    }

    public String mime() {
      return mime;
    }

    public String extension() {
      return extension;
    }

    public static Optional<MediaType> byMime(String mime) {
      return Arrays.stream(values()).filter(t -> t.mime.equals(mime)).findFirst();
    }
  }
}
