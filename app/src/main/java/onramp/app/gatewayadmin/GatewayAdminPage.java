package onramp.app.gatewayadmin;

import java.util.Optional;
import java.util.UUID;
import onramp.app.system.AppException;
import onramp.gateway.DataClass;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/gateway}: keys, budgets, the allowlist and exceptions on one page, with plain forms
 * (no script). A change redirects back with what was done; a refused one with why. A new key's
 * secret is shown in the answer to the form, once, and kept nowhere.
 */
@Controller
class GatewayAdminPage {
  private final AdminKeys keys;
  private final AdminPolicy policy;

  GatewayAdminPage(AdminKeys keys, AdminPolicy policy) {
    this.keys = keys;
    this.policy = policy;
  }

  @GetMapping("/admin/gateway")
  String page(Model model) {
    model.addAttribute("keys", keys.keys());
    model.addAttribute("budgets", keys.budgets());
    model.addAttribute("models", policy.models());
    model.addAttribute("modelsUnavailable", policy.unavailable().orElse(""));
    model.addAttribute("exceptions", policy.exceptions());
    model.addAttribute("dataClasses", DataClass.values());
    if (!model.containsAttribute("keyForm")) {
      model.addAttribute("keyForm", new KeyForm(null, null, null, null, null, null, null, null));
    }
    return "gateway-admin";
  }

  @PostMapping("/admin/gateway/keys")
  String createKey(
      @ModelAttribute KeyForm form, Authentication auth, Model model, RedirectAttributes redirect) {
    AdminKeys.Issued issued;
    try {
      issued = keys.create(auth.getName(), form);
    } catch (AppException.Refused e) {
      redirect.addFlashAttribute("error", e.getMessage());
      redirect.addFlashAttribute("keyForm", form);
      return "redirect:/admin/gateway#keys";
    }
    model.addAttribute("issued", issued);
    model.addAttribute(
        "message", "Key " + issued.key().hint() + "… created for " + issued.key().team() + ".");
    return page(model);
  }

  @PostMapping("/admin/gateway/keys/{id}/revoke")
  String revokeKey(@PathVariable UUID id, Authentication auth, RedirectAttributes redirect) {
    return done(
        redirect, "keys", () -> "Key " + keys.revoke(auth.getName(), id).hint() + "… revoked.");
  }

  @PostMapping("/admin/gateway/budgets")
  String setBudget(
      @RequestParam String scope,
      @RequestParam String name,
      @RequestParam String limitUsd,
      Authentication auth,
      RedirectAttributes redirect) {
    return done(
        redirect,
        "budgets",
        () -> {
          BudgetRow b = keys.setBudget(auth.getName(), scope, name, limitUsd);
          return "Budget of " + b.scope() + " " + b.name() + " set to $" + b.limitUsd() + ".";
        });
  }

  /**
   * @param allowed {@code on}, {@code off}, or {@code reset} (gateway.yaml decides again)
   */
  @PostMapping("/admin/gateway/models/{model}/allowed")
  String setAllowed(
      @PathVariable String model,
      @RequestParam String allowed,
      Authentication auth,
      RedirectAttributes redirect) {
    Optional<Boolean> to =
        switch (allowed) {
          case "on" -> Optional.of(true);
          case "off" -> Optional.of(false);
          default -> Optional.empty();
        };
    return done(
        redirect,
        "models",
        () -> {
          ModelRow m = policy.setAllowed(auth.getName(), model, to);
          return m.model()
              + (m.allowed() ? " is on the allowlist" : " is off the allowlist")
              + (m.switched() ? "." : ", as gateway.yaml says.");
        });
  }

  @PostMapping("/admin/gateway/exceptions")
  String decide(
      @ModelAttribute ExceptionForm form, Authentication auth, RedirectAttributes redirect) {
    return done(
        redirect,
        "exceptions",
        () -> {
          ExceptionRow e = policy.decide(auth.getName(), form);
          return "Exception "
              + e.ticket()
              + " recorded as "
              + e.status().toLowerCase(java.util.Locale.ROOT)
              + ".";
        });
  }

  @PostMapping("/admin/gateway/exceptions/{id}/revoke")
  String revokeException(@PathVariable UUID id, Authentication auth, RedirectAttributes redirect) {
    return done(
        redirect,
        "exceptions",
        () -> "Exception " + policy.revoke(auth.getName(), id).ticket() + " revoked.");
  }

  /** Makes the change and goes back to its section, saying what was done or why not. */
  private static String done(
      RedirectAttributes redirect, String section, java.util.function.Supplier<String> change) {
    try {
      redirect.addFlashAttribute("message", change.get());
    } catch (AppException.Refused | AppException.NotFound | AppException.Conflict e) {
      redirect.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:/admin/gateway#" + section;
  }
}
