package onramp.app.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;

class GroupsToRolesTest {
  @ParameterizedTest(name = "groups {0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "onramp-reviewers              | ROLE_REVIEWER",
        "onramp-admins                 | ROLE_ADMIN",
        "onramp-reviewers;onramp-admins | ROLE_ADMIN;ROLE_REVIEWER",
        "onramp-ml-review              | ROLE_ML_REVIEW",
        "onramp-exec                   | ROLE_EXEC",
        "engineering                   | ''"
      })
  void mapsTheIdentityProvidersGroupsToOnrampRoles(String groups, String roles) {
    OidcIdToken token =
        new OidcIdToken(
            "t",
            Instant.now(),
            Instant.now().plusSeconds(60),
            Map.of("sub", "u1", "groups", List.of(groups.split(";"))));

    var mapped =
        SecurityConfiguration.groupsToRoles(
                new SecurityProperties.Oidc(null, null, null, null, null, null))
            .mapAuthorities(List.of(new OidcUserAuthority(token)));

    assertThat(mapped.stream().map(GrantedAuthority::getAuthority).sorted().toList())
        .isEqualTo(roles.isEmpty() ? List.of() : List.of(roles.split(";")));
  }
}
