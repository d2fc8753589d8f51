package onramp.app.system.encryption;

import onramp.app.system.AppException;

/** A key file, or its folder, can be read by other users of the machine: refused at start-up. */
public final class KeyFileExposedException extends AppException.Broken {
  KeyFileExposedException(String message) {
    super(message);
  }
}
