package onramp.app.system.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /login}: local sign-in for reviewers and admins, and the single sign-on link when OIDC is
 * configured.
 */
@Controller
class LoginController {
  private final ObjectProvider<ClientRegistrationRepository> oidc;
  private final OnrampMode mode;

  LoginController(ObjectProvider<ClientRegistrationRepository> oidc, OnrampMode mode) {
    this.oidc = oidc;
    this.mode = mode;
  }

  @GetMapping("/login")
  String login(Model model) {
    java.util.List<String> providers = new java.util.ArrayList<>();
    if (oidc.getIfAvailable() instanceof InMemoryClientRegistrationRepository registrations) {
      registrations.forEach(r -> providers.add(r.getRegistrationId()));
    }
    model.addAttribute("providers", providers);
    // In production with OIDC there is no form login to post to (SecurityConfiguration).
    model.addAttribute("localLogin", !(mode.production() && oidc.getIfAvailable() != null));
    return "login";
  }
}
