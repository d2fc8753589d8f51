package onramp.app.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;

class TeamsTest {
  @Test
  void theIdentityProvidersTeamClaimNamesTheTeam() {
    Teams teams = new Teams(new SecurityProperties(List.of(), null));

    assertThat(teams.of(oidc(Map.of("sub", "u1", "team", "rider-support"))))
        .isEqualTo("rider-support");
    assertThat(teams.of(oidc(Map.of("sub", "u2", "team", List.of("finance", "ops")))))
        .isEqualTo("finance");
    assertThat(teams.of(oidc(Map.of("sub", "u3")))).isEqualTo(Teams.UNASSIGNED);
  }

  @Test
  void localUsersSayTheirTeamAndGeneratedOnesHaveFixedTeams() {
    Teams configured =
        new Teams(
            new SecurityProperties(
                List.of(
                    new SecurityProperties.LocalUser("sam", "x", List.of("EMPLOYEE"), "support"),
                    new SecurityProperties.LocalUser("dana", "x", List.of("REVIEWER"), null)),
                null));
    Teams generated = new Teams(new SecurityProperties(List.of(), null));

    assertThat(configured.of(local("sam", "EMPLOYEE"))).isEqualTo("support");
    assertThat(configured.of(local("dana", "REVIEWER"))).isEqualTo(Teams.UNASSIGNED);
    assertThat(generated.of(local("employee", "EMPLOYEE"))).isEqualTo("support");
    assertThat(Teams.admin(local("admin", "ADMIN"))).isTrue();
    assertThat(Teams.admin(local("employee", "EMPLOYEE"))).isFalse();
  }

  private static OAuth2AuthenticationToken oidc(Map<String, Object> claims) {
    OidcIdToken token = new OidcIdToken("t", Instant.now(), Instant.now().plusSeconds(60), claims);
    DefaultOidcUser user = new DefaultOidcUser(List.of(new OidcUserAuthority(token)), token);
    return new OAuth2AuthenticationToken(user, user.getAuthorities(), "idp");
  }

  private static UsernamePasswordAuthenticationToken local(String name, String role) {
    return UsernamePasswordAuthenticationToken.authenticated(
        name, null, List.of(new SimpleGrantedAuthority("ROLE_" + role)));
  }
}
