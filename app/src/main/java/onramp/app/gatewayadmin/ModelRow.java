package onramp.app.gatewayadmin;

import java.time.Instant;
import onramp.gateway.admin.AllowlistEntry;
import onramp.gateway.admin.AllowlistOverride;
import org.jspecify.annotations.Nullable;

/**
 * A configured model and whether it may be called without an exception.
 *
 * @param configuredAllowed what {@code gateway.yaml} says
 * @param allowed what is in force: the switch made on the page when there is one
 * @param switchedBy who made that switch
 */
record ModelRow(
    String model,
    String vendor,
    String vendorModelId,
    boolean configuredAllowed,
    boolean allowed,
    @Nullable String switchedBy,
    @Nullable Instant switchedAt) {

  static ModelRow of(AllowlistEntry e) {
    return new ModelRow(
        e.model(),
        e.configured().vendor().id(),
        e.configured().vendorModelId(),
        e.configured().allowed(),
        e.allowed(),
        e.override().map(AllowlistOverride::changedBy).orElse(null),
        e.override().map(AllowlistOverride::changedAt).orElse(null));
  }

  /** Why it is on or off, in words. */
  public String why() {
    if (switchedBy == null || switchedAt == null) {
      return "gateway.yaml";
    }
    return "switched by "
        + switchedBy
        + " on "
        + Times.utc(switchedAt)
        + " (gateway.yaml: "
        + (configuredAllowed ? "on" : "off")
        + ")";
  }

  public boolean switched() {
    return switchedBy != null;
  }
}
