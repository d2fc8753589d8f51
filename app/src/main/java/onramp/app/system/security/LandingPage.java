package onramp.app.system.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * Where staff land after signing in, unless they were on their way somewhere: reviewers and admins
 * at the review queue, ML review (who cannot open it) at the gateway's administration, everyone
 * else at the workspace.
 */
final class LandingPage extends SavedRequestAwareAuthenticationSuccessHandler {
  LandingPage() {
    setDefaultTargetUrl("/review");
  }

  @Override
  protected String determineTargetUrl(
      HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
    boolean reviewsCases =
        authentication.getAuthorities().stream()
            .map(GrantedAuthority::getAuthority)
            .anyMatch(a -> a.equals("ROLE_" + Roles.REVIEWER) || a.equals("ROLE_" + Roles.ADMIN));
    boolean mlReview =
        authentication.getAuthorities().stream()
            .anyMatch(a -> a.getAuthority().equals("ROLE_" + Roles.ML_REVIEW));
    return reviewsCases ? "/review" : mlReview ? "/admin/gateway" : "/workspace";
  }
}
