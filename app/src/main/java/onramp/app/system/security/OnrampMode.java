package onramp.app.system.security;

import java.util.Locale;

/**
 * {@code onramp.mode} ({@code ONRAMP_MODE}): {@code local} (the default: generated local users,
 * plain passwords accepted) or {@code production} (no generated users, hashed passwords only, no
 * form login when OIDC is configured, session cookie always {@code Secure}).
 */
public record OnrampMode(boolean production) {
  public static OnrampMode parse(String value) {
    return switch (value.trim().toLowerCase(Locale.ROOT)) {
      case "", "local" -> new OnrampMode(false);
      case "production" -> new OnrampMode(true);
      default ->
          throw new IllegalStateException(
              "onramp.mode (ONRAMP_MODE) is '"
                  + value
                  + "'; it must be 'local' (the default) or 'production'.");
    };
  }
}
