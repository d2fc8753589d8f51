package onramp.documents;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Everything the documents module throws. Tells the caller what it can do: {@link #retryable()}
 * says whether reading the same document later may succeed; {@link #fault()} says whose problem it
 * is. Messages say what to do next and never contain document content. Not sealed: each subclass
 * lives beside the reader that throws it, and outside a named module a sealed class's subclasses
 * must share its package.
 */
public abstract class DocumentsException extends RuntimeException {
  /** Whose problem a failure is. */
  public enum Fault {
    /** The document: the sender must send another (damaged, encrypted, not the form asked for). */
    DOCUMENT,
    /**
     * This service's installation or configuration (OCR model missing, a step switched off by
     * policy or budget): the same document reads once it is fixed; until then a person reads it.
     */
    SERVICE,
    /** The model vendor behind the gateway is down or busy. */
    VENDOR
  }

  protected DocumentsException(String message) {
    super(message);
  }

  /** Never null: every constructor takes one. */
  @Override
  public String getMessage() {
    return Objects.requireNonNullElse(super.getMessage(), "");
  }

  protected DocumentsException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }

  /** Without a stack trace: for a failure that is an expected outcome, caught inside the module. */
  protected DocumentsException(String message, boolean writableStackTrace) {
    super(message, null, false, writableStackTrace);
  }

  /** Whether reading the same document again later may succeed. */
  public abstract boolean retryable();

  public abstract Fault fault();
}
