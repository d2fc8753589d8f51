package onramp.devtools.review;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import onramp.gateway.config.GatewayFactory;
import onramp.gateway.config.RemoteChatModel;

/**
 * Where the review's model is: the gateway service and a virtual key (for the team's {@code
 * ts-assistant} tool), and the gateway's model name. Read from {@code ONRAMP_GATEWAY_URL} and
 * {@code ONRAMP_GATEWAY_KEY}; both absent means the model is off and the review says so.
 */
public record ModelConnection(URI gateway, String virtualKey, String model) {
  public static final String URL_ENV = "ONRAMP_GATEWAY_URL";
  public static final String KEY_ENV = "ONRAMP_GATEWAY_KEY";
  public static final String DEFAULT_MODEL = "claude-sonnet-4-5";

  public ModelConnection {
    if (model.isBlank()) {
      throw new IllegalArgumentException(
          "--model is empty; name a gateway model, e.g. " + DEFAULT_MODEL);
    }
  }

  /**
   * @param env looks up environment variables ({@code System::getenv} wrapped, in the app)
   * @param model the {@code --model} option, when given
   * @return empty when neither variable is set (model off)
   * @throws IllegalArgumentException when only one is set, or the address is not an http(s) URL
   */
  public static Optional<ModelConnection> fromEnvironment(
      Function<String, Optional<String>> env, Optional<String> model) {
    Optional<String> url = env.apply(URL_ENV).map(String::strip).filter(s -> !s.isEmpty());
    Optional<String> key = env.apply(KEY_ENV).map(String::strip).filter(s -> !s.isEmpty());
    if (url.isEmpty() && key.isEmpty()) {
      return Optional.empty();
    }
    if (url.isEmpty()) {
      throw new IllegalArgumentException(
          KEY_ENV
              + " is set but "
              + URL_ENV
              + " is not: set it to the gateway service, e.g."
              + " https://onramp.internal");
    }
    if (key.isEmpty()) {
      throw new IllegalArgumentException(
          URL_ENV
              + " is set but "
              + KEY_ENV
              + " is not: ask for a virtual key"
              + " (./onramp keys create --team YOUR_TEAM --tool ts-assistant) and set it");
    }
    return Optional.of(new ModelConnection(uri(url.get()), key.get(), model.orElse(DEFAULT_MODEL)));
  }

  private static URI uri(String s) {
    String trimmed = s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    try {
      URI u = new URI(trimmed);
      if (("http".equals(u.getScheme()) || "https".equals(u.getScheme())) && u.getHost() != null) {
        return u;
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    throw new IllegalArgumentException(
        URL_ENV + " must be an http(s) URL such as https://onramp.internal, not '" + s + "'");
  }

  /** A client of the gateway service; close it when the review is done. */
  public RemoteChatModel open(Duration timeout) {
    return GatewayFactory.remote(gateway, virtualKey, timeout);
  }

  @Override
  public String toString() {
    return "ModelConnection[" + gateway + ", key hidden, " + model + "]";
  }
}
