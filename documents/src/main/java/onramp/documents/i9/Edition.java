package onramp.documents.i9;

/**
 * The form edition, as printed in the footer ("Form I-9 Edition 01/20/25").
 *
 * @param printed the edition date as printed, e.g. "01/20/25", or "unknown"
 * @param basis how it was recognised
 */
public record Edition(String printed, Basis basis) {
  /** The edition this package reads (valid until 05/31/2027). */
  public static final String CURRENT = "01/20/25";

  public enum Basis {
    /** The footer text of the PDF. */
    FORM_TEXT,
    /** No footer text, but the AcroForm field set is exactly the current edition's. */
    FIELD_SET,
    /** The footer read from a page image (by OCR or a model). */
    SCAN,
    /**
     * The form's XFA packet (editions before 08/01/23 were published as XFA forms, whose pages show
     * only "Please wait..." to a reader without XFA).
     */
    XFA,
    /** Not recognised (an unreadable scan footer). */
    UNKNOWN
  }

  public boolean isCurrent() {
    return CURRENT.equals(printed);
  }

  static Edition unknown() {
    return new Edition("unknown", Basis.UNKNOWN);
  }
}
