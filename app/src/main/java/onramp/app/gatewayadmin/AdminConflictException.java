package onramp.app.gatewayadmin;

import onramp.app.system.AppException;

/** The change was already made (a key or an exception already revoked). */
final class AdminConflictException extends AppException.Conflict {
  AdminConflictException(String message) {
    super(message);
  }
}
