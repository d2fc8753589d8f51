package onramp.app.system.security;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Every employee's team: the identity provider's team claim ({@code
 * onramp.security.oidc.team-claim}, default {@code team}; the first value when it is a list), the
 * {@code team} of a configured local user, or the generated users' fixed teams. Someone without one
 * is counted under {@value #UNASSIGNED}, visibly, rather than refused.
 */
@Component
public class Teams {
  public static final String UNASSIGNED = "unassigned";

  private final Map<String, String> local = new HashMap<>();
  private final String claim;

  Teams(SecurityProperties properties) {
    if (properties.localUsers().isEmpty()) {
      local.putAll(LocalUsers.GENERATED_TEAMS);
    }
    for (SecurityProperties.LocalUser u : properties.localUsers()) {
      if (u.team() != null && !u.team().isBlank()) {
        local.put(u.username(), u.team());
      }
    }
    this.claim = properties.oidc().teamClaim();
  }

  /** The team of whoever is signed in. */
  public String of(Authentication who) {
    if (who.getPrincipal() instanceof OidcUser oidc) {
      Object value = oidc.getClaims().get(claim);
      if (value instanceof Collection<?> list && !list.isEmpty()) {
        value = list.iterator().next();
      }
      return value == null || value.toString().isBlank() ? UNASSIGNED : value.toString();
    }
    return local.getOrDefault(who.getName(), UNASSIGNED);
  }

  /** Whether they administer (role ADMIN). */
  public static boolean admin(Authentication who) {
    return who.getAuthorities().stream()
        .anyMatch(a -> a.getAuthority().equals("ROLE_" + Roles.ADMIN));
  }
}
