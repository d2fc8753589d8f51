package onramp.app.gatewayadmin;

import onramp.app.system.AppException;

/** No key or exception with the id given. */
final class AdminNotFoundException extends AppException.NotFound {
  AdminNotFoundException(String message) {
    super(message);
  }
}
