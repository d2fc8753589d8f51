package onramp.gateway.admin;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Policy changes made at run time, on top of {@code gateway.yaml}: allowlist switches per model and
 * the exceptions ML review decided. In memory for tests, PostgreSQL for the service (shared by
 * every instance). Read it through {@link LivePolicy}, which applies it.
 */
public interface PolicyStore {

  /** Every allowlist switch, by model name. */
  List<AllowlistOverride> allowlistOverrides();

  /**
   * Switches a model on or off the allowlist.
   *
   * @return the switch it replaces, if there was one
   */
  Optional<AllowlistOverride> setAllowed(String model, boolean allowed, String by);

  /**
   * Removes a model's switch: {@code gateway.yaml} decides again.
   *
   * @return the switch removed, if there was one
   */
  Optional<AllowlistOverride> clearAllowed(String model);

  /**
   * Records a granted exception.
   *
   * @throws IllegalArgumentException when the decision has no expiry date
   */
  ReviewedException grant(ExceptionDecision decision);

  /** Records a refused request, so the answer can be found again. */
  ReviewedException refuse(ExceptionDecision decision);

  /**
   * Withdraws a granted exception from now on.
   *
   * @return the revoked exception; empty when there is no granted exception with that id
   */
  Optional<ReviewedException> revoke(UUID id, String by);

  Optional<ReviewedException> exception(UUID id);

  /** Every recorded exception, newest first. */
  List<ReviewedException> exceptions();
}
