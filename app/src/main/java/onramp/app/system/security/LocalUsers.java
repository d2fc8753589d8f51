package onramp.app.system.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
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
 * Reviewers, admins, ML reviewers and employees for local sign-in: from configuration, else (in the
 * local mode only) generated once per start, their passwords written to {@code
 * <data-dir>/local-users.txt} (owner read/write only), never to a log. In the production mode
 * nothing is generated and configured passwords must be hashed ({@code {bcrypt}} or {@code
 * {argon2}}).
 */
final class LocalUsers {
  private static final Logger log = LoggerFactory.getLogger(LocalUsers.class);
  static final String PASSWORD_FILE = "local-users.txt";
  private static final List<String> HASHED = List.of("{bcrypt}", "{argon2}");

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

  private static final Map<String, String> GENERATED_ROLES =
      Map.of(
          "reviewer",
          Roles.REVIEWER,
          "admin",
          Roles.ADMIN,
          "mlreview",
          Roles.ML_REVIEW,
          "employee",
          Roles.EMPLOYEE,
          "exec",
          Roles.EXEC);

  static InMemoryUserDetailsManager from(
      SecurityProperties properties, OnrampMode mode, Path dataDir) {
    PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    List<UserDetails> users = new ArrayList<>();
    List<SecurityProperties.LocalUser> configured = properties.localUsers();
    if (configured.isEmpty() && mode.production()) {
      log.info("Production mode: no local users configured, so none are made.");
    } else if (configured.isEmpty()) {
      users.addAll(generated(encoder, dataDir));
    } else {
      List<String> problems = new ArrayList<>();
      for (SecurityProperties.LocalUser u : configured) {
        String password = u.password();
        if (mode.production() && HASHED.stream().noneMatch(password::startsWith)) {
          problems.add(u.username());
          continue;
        }
        password = password.startsWith("{") ? password : "{noop}" + password;
        List<String> roles =
            u.roles() == null || u.roles().isEmpty() ? List.of(Roles.REVIEWER) : u.roles();
        users.add(
            User.withUsername(u.username())
                .password(password)
                .roles(roles.toArray(String[]::new))
                .build());
      }
      if (!problems.isEmpty()) {
        throw new IllegalStateException(
            "Production mode (onramp.mode=production) accepts only hashed passwords in"
                + " onramp.security.local-users, written as {bcrypt}$2a$... or {argon2}$argon2id$...;"
                + " the password of "
                + String.join(", ", problems)
                + " is plain text or {noop}. Hash it (for example: htpasswd -bnBC 12 '' 'secret'"
                + " | tr -d ':\\n') or remove the user.");
      }
    }
    return new InMemoryUserDetailsManager(users);
  }

  private static List<UserDetails> generated(PasswordEncoder encoder, Path dataDir) {
    List<UserDetails> users = new ArrayList<>();
    StringBuilder file =
        new StringBuilder(
            "# Local sign-in for this run of Onramp (local mode); replaced at every start.\n");
    for (String name : List.of("reviewer", "admin", "mlreview", "employee", "exec")) {
      byte[] bytes = new byte[12];
      new SecureRandom().nextBytes(bytes);
      String password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
      String role = GENERATED_ROLES.get(name);
      file.append(name).append(' ').append(password).append("  # role ").append(role).append('\n');
      users.add(User.withUsername(name).password(encoder.encode(password)).roles(role).build());
    }
    Path target = dataDir.resolve(PASSWORD_FILE);
    try {
      Files.createDirectories(dataDir);
      Files.deleteIfExists(target);
      Files.createFile(
          target,
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      Files.writeString(target, file, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Could not write the local users' passwords to " + target + ": " + e.getMessage(), e);
    }
    log.warn(
        "Local sign-in for this run: users reviewer, admin, mlreview, employee and exec; their"
            + " passwords are in {} (readable by this user only). Set onramp.security.local-users"
            + " to choose users, or configure OIDC and onramp.mode=production for production.",
        target);
    return users;
  }
}
