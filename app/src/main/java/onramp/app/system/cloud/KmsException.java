package onramp.app.system.cloud;

import onramp.app.system.AppException;

/** KMS could not be used: unreachable, refused, or the stored key is not its own. */
public final class KmsException extends AppException.Unavailable {
  KmsException(String message, Throwable cause) {
    super(message, cause);
  }
}
