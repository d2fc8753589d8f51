package onramp.app.gatewayadmin;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/gateway/admin/...}: the admin page's actions as JSON, for admins and ML review signed
 * in (a session, and the CSRF token in the {@code X-CSRF-TOKEN} header for changes, as the page's
 * forms carry it). Errors are problem JSON with a message that says what to send instead.
 */
@RestController
@RequestMapping("/api/gateway/admin")
class GatewayAdminApi {
  private final AdminKeys keys;
  private final AdminPolicy policy;

  GatewayAdminApi(AdminKeys keys, AdminPolicy policy) {
    this.keys = keys;
    this.policy = policy;
  }

  @GetMapping("/keys")
  List<KeyRow> keys() {
    return keys.keys();
  }

  /** The answer holds the key's secret: the only time it is shown. */
  @PostMapping("/keys")
  @ResponseStatus(HttpStatus.CREATED)
  AdminKeys.Issued createKey(@RequestBody KeyForm form, Authentication auth) {
    return keys.create(auth.getName(), form);
  }

  @PostMapping("/keys/{id}/revoke")
  KeyRow revokeKey(@PathVariable UUID id, Authentication auth) {
    return keys.revoke(auth.getName(), id);
  }

  @GetMapping("/budgets")
  List<BudgetRow> budgets() {
    return keys.budgets();
  }

  /** A monthly limit in dollars, body {@code {"limitUsd": 250}}. */
  record LimitBody(@Nullable String limitUsd) {}

  @PutMapping("/budgets/{scope}/{name}")
  BudgetRow setBudget(
      @PathVariable String scope,
      @PathVariable String name,
      @RequestBody LimitBody body,
      Authentication auth) {
    return keys.setBudget(
        auth.getName(), scope, name, body.limitUsd() == null ? "" : body.limitUsd());
  }

  /**
   * The configured models; {@code configured} is false (and {@code message} says why) when no
   * gateway is configured.
   */
  record Models(boolean configured, @Nullable String message, List<ModelRow> models) {}

  @GetMapping("/models")
  Models models() {
    Optional<String> unavailable = policy.unavailable();
    return new Models(unavailable.isEmpty(), unavailable.orElse(null), policy.models());
  }

  /** Body {@code {"allowed": true}}. */
  record AllowedBody(@Nullable Boolean allowed) {}

  @PutMapping("/models/{model}/allowed")
  ModelRow setAllowed(
      @PathVariable String model, @RequestBody AllowedBody body, Authentication auth) {
    if (body.allowed() == null) {
      throw new AdminRefusedException(
          "Send {\"allowed\": true} or {\"allowed\": false}; DELETE the switch to let"
              + " gateway.yaml decide again.");
    }
    return policy.setAllowed(auth.getName(), model, Optional.of(body.allowed()));
  }

  /** Removes the switch: gateway.yaml decides again. */
  @DeleteMapping("/models/{model}/allowed")
  ModelRow clearAllowed(@PathVariable String model, Authentication auth) {
    return policy.setAllowed(auth.getName(), model, Optional.empty());
  }

  @GetMapping("/exceptions")
  List<ExceptionRow> exceptions() {
    return policy.exceptions();
  }

  @PostMapping("/exceptions")
  @ResponseStatus(HttpStatus.CREATED)
  ExceptionRow decide(@RequestBody ExceptionForm form, Authentication auth) {
    return policy.decide(auth.getName(), form);
  }

  @PostMapping("/exceptions/{id}/revoke")
  ExceptionRow revokeException(@PathVariable UUID id, Authentication auth) {
    return policy.revoke(auth.getName(), id);
  }

  @GetMapping
  Map<String, String> index() {
    return Map.of(
        "keys", "/api/gateway/admin/keys",
        "budgets", "/api/gateway/admin/budgets",
        "models", "/api/gateway/admin/models",
        "exceptions", "/api/gateway/admin/exceptions");
  }
}
