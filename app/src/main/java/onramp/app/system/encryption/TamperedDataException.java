package onramp.app.system.encryption;

import onramp.app.system.AppException;

/** Encrypted data failed authentication: changed on disk, moved, or sealed under another key. */
public final class TamperedDataException extends AppException.Broken {
  TamperedDataException(String message) {
    super(message);
  }
}
