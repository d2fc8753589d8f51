package onramp.app.system.security;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * Reviewers, admins, ML reviewers and employees for local sign-in: from configuration, else
 * generated once per start.
 */
final class LocalUsers {
  private static final Logger log = LoggerFactory.getLogger(LocalUsers.class);

  private LocalUsers() {}

  /** The teams of the generated users (configured users say their own). */
  static final Map<String, String> GENERATED_TEAMS =
      Map.of(
          "reviewer",
          "onboarding",
          "admin",
          "platform",
          "mlreview",
          "ml-review",
          "employee",
          "support",
          "exec",
          "leadership");

  static InMemoryUserDetailsManager from(SecurityProperties properties) {
    PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    List<UserDetails> users = new ArrayList<>();
    List<SecurityProperties.LocalUser> configured = properties.localUsers();
    if (configured.isEmpty()) {
      users.add(generated("reviewer", Roles.REVIEWER, encoder));
      users.add(generated("admin", Roles.ADMIN, encoder));
      users.add(generated("mlreview", Roles.ML_REVIEW, encoder));
      users.add(generated("employee", Roles.EMPLOYEE, encoder));
      users.add(generated("exec", Roles.EXEC, encoder));
    } else {
      for (SecurityProperties.LocalUser u : configured) {
        String password = u.password().startsWith("{") ? u.password() : "{noop}" + u.password();
        List<String> roles =
            u.roles() == null || u.roles().isEmpty() ? List.of(Roles.REVIEWER) : u.roles();
        users.add(
            User.withUsername(u.username())
                .password(password)
                .roles(roles.toArray(String[]::new))
                .build());
      }
    }
    return new InMemoryUserDetailsManager(users);
  }

  private static UserDetails generated(String name, String role, PasswordEncoder encoder) {
    byte[] bytes = new byte[12];
    new SecureRandom().nextBytes(bytes);
    String password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    log.warn(
        "Local sign-in for this run: user '{}' (role {}), password '{}'. Set onramp.security.local-users"
            + " to choose users, or configure OIDC for production.",
        name,
        role,
        password);
    return User.withUsername(name).password(encoder.encode(password)).roles(role).build();
  }
}
