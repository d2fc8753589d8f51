package onramp.gateway.policy;

import java.time.LocalDate;
import onramp.gateway.Vendor;

/**
 * A reviewed exception: ML review lets one model of one vendor be used for one purpose until an
 * expiry date (inclusive, UTC).
 *
 * @param approver who approved it (a person, for the audit)
 * @param ticket the review ticket, e.g. {@code MLR-142}
 */
public record ExceptionGrant(
    Vendor vendor,
    String model,
    String purpose,
    String approver,
    String ticket,
    LocalDate expires) {

  public ExceptionGrant {
    if (approver.isBlank() || ticket.isBlank()) {
      throw new IllegalArgumentException(
          "an exception for " + model + " needs an approver and a ticket from ML review");
    }
  }

  boolean covers(ModelRoute route, String requestPurpose) {
    return vendor.equals(route.vendor())
        && model.equals(route.model())
        && purpose.equals(requestPurpose);
  }

  boolean validOn(LocalDate day) {
    return !day.isAfter(expires);
  }
}
