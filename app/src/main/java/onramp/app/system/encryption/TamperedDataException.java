package onramp.app.system.encryption;

/** Encrypted data failed authentication: changed on disk, moved, or sealed under another key. */
public final class TamperedDataException extends RuntimeException {
  TamperedDataException(String message) {
    super(message);
  }
}
