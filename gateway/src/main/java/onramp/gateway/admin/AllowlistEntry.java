package onramp.gateway.admin;

import java.util.Optional;
import onramp.gateway.policy.ModelRoute;

/**
 * One configured model and whether it is on the allowlist: as {@code gateway.yaml} says, and as a
 * switch made at run time says, which wins.
 *
 * @param configured the route from {@code gateway.yaml}
 */
public record AllowlistEntry(ModelRoute configured, Optional<AllowlistOverride> override) {

  public String model() {
    return configured.model();
  }

  /** Whether the model may be called without an exception now. */
  public boolean allowed() {
    return override.map(AllowlistOverride::allowed).orElse(configured.allowed());
  }
}
