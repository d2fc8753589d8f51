package onramp.app.system;

import java.util.Objects;

/**
 * Everything {@code app} throws on purpose. The kind says what the caller can do: {@link NotFound},
 * {@link Refused} and {@link Conflict} are the caller's to fix (the message says how), {@link
 * Unavailable} may succeed later, {@link Broken} is ours. {@code ErrorHandling} maps each kind to
 * one HTTP status. Messages say what to do next and name no person.
 *
 * <p>The kinds are nested because a sealed class on the class path may permit subclasses of its own
 * package only; each feature's exceptions extend a kind.
 */
public abstract sealed class AppException extends RuntimeException {

  /** Whose problem a failure is. */
  public enum Fault {
    /** The request must change before it can succeed. */
    CALLER,
    /** Something Onramp depends on (a model vendor, the database) failed; try again later. */
    DEPENDENCY,
    /** Onramp's own data or set-up is wrong. */
    ONRAMP
  }

  private final Fault fault;

  private AppException(Fault fault, String message) {
    super(message);
    this.fault = fault;
  }

  private AppException(Fault fault, String message, Throwable cause) {
    super(message, cause);
    this.fault = fault;
  }

  public Fault fault() {
    return fault;
  }

  /** Whether the same request may succeed later, unchanged. */
  public boolean retryable() {
    return fault == Fault.DEPENDENCY;
  }

  /** Never null: every {@code AppException} is made with a message. */
  @Override
  public String getMessage() {
    return Objects.requireNonNull(super.getMessage());
  }

  /** What was asked for does not exist (or no longer does). */
  public abstract static non-sealed class NotFound extends AppException {
    protected NotFound(String message) {
      super(Fault.CALLER, message);
    }
  }

  /** What was sent cannot be used; the message says what to send instead. */
  public abstract static non-sealed class Refused extends AppException {
    protected Refused(String message) {
      super(Fault.CALLER, message);
    }
  }

  /** The request does not fit the state things are in now (decided, taken by someone else). */
  public abstract static non-sealed class Conflict extends AppException {
    protected Conflict(String message) {
      super(Fault.CALLER, message);
    }
  }

  /** A dependency is unavailable; the same request may succeed later. */
  public abstract static non-sealed class Unavailable extends AppException {
    protected Unavailable(String message) {
      super(Fault.DEPENDENCY, message);
    }

    protected Unavailable(String message, Throwable cause) {
      super(Fault.DEPENDENCY, message, cause);
    }
  }

  /** Onramp's own data or set-up is wrong: an operator must act; retrying does not help. */
  public abstract static non-sealed class Broken extends AppException {
    protected Broken(String message) {
      super(Fault.ONRAMP, message);
    }

    protected Broken(String message, Throwable cause) {
      super(Fault.ONRAMP, message, cause);
    }
  }
}
