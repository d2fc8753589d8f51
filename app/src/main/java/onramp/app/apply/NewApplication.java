package onramp.app.apply;

import java.util.UUID;

/**
 * A new application and the applicant's resume token: the only credential for it, shown once (only
 * its SHA-256 is stored).
 */
public record NewApplication(UUID id, String token) {
  @Override
  public String toString() {
    return "NewApplication[" + id + ", token withheld]";
  }
}
