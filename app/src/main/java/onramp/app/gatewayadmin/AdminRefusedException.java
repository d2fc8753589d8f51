package onramp.app.gatewayadmin;

import onramp.app.system.AppException;

/** What was sent to the gateway administration cannot be used; the message says what to send. */
final class AdminRefusedException extends AppException.Refused {
  AdminRefusedException(String message) {
    super(message);
  }
}
