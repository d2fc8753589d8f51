package onramp.app.apply;

import java.util.UUID;
import onramp.app.system.AppException;

/** No such application: never existed, or deleted under the retention rule. */
public final class ApplicationNotFoundException extends AppException.NotFound {
  public ApplicationNotFoundException(UUID id) {
    super("Application " + id + " does not exist (or was deleted under the retention rule).");
  }
}
