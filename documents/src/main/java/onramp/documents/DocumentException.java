package onramp.documents;

/**
 * A document could not be read. The message says what was wrong and, where it can, what the sender
 * should do about it ("i9.pdf is encrypted; export it unlocked from the HR system"). These are the
 * applicant's (or the file's) fault, never ours: retrying the same bytes will not help.
 */
public class DocumentException extends DocumentsException {
  private final String document;

  public DocumentException(String document, String message) {
    super(message);
    this.document = document;
  }

  public DocumentException(String document, String message, Throwable cause) {
    super(message, cause);
    this.document = document;
  }

  @Override
  public final boolean retryable() {
    return false;
  }

  @Override
  public final Fault fault() {
    return Fault.DOCUMENT;
  }

  /** The document this is about, e.g. {@code dl-back.png}. */
  public String document() {
    return document;
  }
}
