package onramp.app.apply;

import java.util.UUID;

/** No such application: never existed, or deleted under the retention rule. */
public final class ApplicationNotFoundException extends RuntimeException {
  public ApplicationNotFoundException(UUID id) {
    super("Application " + id + " does not exist (or was deleted under the retention rule).");
  }
}
