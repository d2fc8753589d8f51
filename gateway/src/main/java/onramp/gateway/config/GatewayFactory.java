package onramp.gateway.config;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import onramp.gateway.DataClass;
import onramp.gateway.GatewayConfigException;
import onramp.gateway.ModelAdapter;
import onramp.gateway.Vendor;
import onramp.gateway.adapter.anthropic.AnthropicAdapter;
import onramp.gateway.adapter.anthropic.BedrockSettings;
import onramp.gateway.adapter.anthropic.DirectSettings;
import onramp.gateway.adapter.openai.OpenAiCompatibleAdapter;
import onramp.gateway.adapter.openai.OpenAiSettings;
import onramp.gateway.audit.AuditLog;
import onramp.gateway.budget.BudgetKey;
import onramp.gateway.budget.Budgets;
import onramp.gateway.governed.Gateway;
import onramp.gateway.governed.GatewayBuilder;
import onramp.gateway.masking.PersonalDataMasker;
import onramp.gateway.metering.ModelPrice;
import onramp.gateway.metering.PriceTable;
import onramp.gateway.policy.ExceptionGrant;
import onramp.gateway.policy.ModelRoute;
import onramp.gateway.policy.Policy;
import onramp.gateway.resilience.Resilience;
import onramp.gateway.resilience.RetryPolicy;

/**
 * Builds a {@link Gateway} from a {@link GatewayConfig}. A vendor whose API key variable is unset
 * gets no adapter: its models are reported unavailable ({@link Gateway#isAvailable}) rather than
 * failing at start, so the application runs without any vendor configured.
 */
public final class GatewayFactory {
  private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

  /**
   * {@code ONRAMP_FAKE_VENDOR=http://127.0.0.1:N}: every vendor of the configuration is served by
   * the fake vendor at that address ({@code ./onramp fake-vendor}), with a fake credential. For
   * trying model-backed features on one machine; whoever shows the gateway's state says so.
   */
  public static final String FAKE_VENDOR_ENV = "ONRAMP_FAKE_VENDOR";

  /** The fake vendor every vendor is routed to, when {@link #FAKE_VENDOR_ENV} names one. */
  public static Optional<URI> fakeVendor(Function<String, Optional<String>> env) {
    return env.apply(FAKE_VENDOR_ENV)
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .map(
            s ->
                httpUri(s.endsWith("/") ? s.substring(0, s.length() - 1) : s)
                    .orElseThrow(
                        () ->
                            new GatewayConfigException(
                                FAKE_VENDOR_ENV
                                    + " must be an http URL such as http://127.0.0.1:8089, not '"
                                    + s
                                    + "'")));
  }

  private static Optional<URI> httpUri(String s) {
    try {
      URI uri = new URI(s);
      return "http".equals(uri.getScheme()) && uri.getHost() != null
          ? Optional.of(uri)
          : Optional.empty();
    } catch (java.net.URISyntaxException e) {
      return Optional.empty();
    }
  }

  private GatewayFactory() {}

  /**
   * A client of the gateway service at {@code baseUrl} ({@code ./onramp gateway}) calling with a
   * virtual key: what engineers' tools and CI use. The service governs (policy, masking, budgets,
   * audit for the key's team and tool); this side only speaks the wire and checks typed output.
   *
   * @param timeout per call, the model's answer included
   */
  public static RemoteChatModel remote(URI baseUrl, String virtualKey, Duration timeout) {
    return RemoteChatModel.connect(baseUrl, virtualKey, timeout);
  }

  /**
   * The built-in configuration's YAML: Anthropic models on Bedrock, the company's default route.
   * Used when {@link #FAKE_VENDOR_ENV} is set and no configuration file is named, so every
   * model-backed feature can be tried on one machine against the fake vendor.
   */
  public static byte[] defaultConfigYaml() {
    try (java.io.InputStream in =
        GatewayFactory.class.getResourceAsStream("/onramp/gateway/config/default-gateway.yaml")) {
      if (in == null) {
        throw new GatewayConfigException(
            "the built-in gateway configuration is missing from the jar");
      }
      return in.readAllBytes();
    } catch (java.io.IOException e) {
      throw new GatewayConfigException("could not read the built-in gateway configuration", e);
    }
  }

  /**
   * @param env looks up environment variables ({@code System::getenv} in production)
   */
  public static Gateway create(
      GatewayConfig config,
      PersonalDataMasker masker,
      Budgets budgets,
      AuditLog audit,
      Function<String, Optional<String>> env) {
    return create(config, masker, budgets, audit, env, Optional.empty());
  }

  /**
   * As {@link #create(GatewayConfig, PersonalDataMasker, Budgets, AuditLog, Function)}, with the
   * policy in force read from {@code policySource} on every call (the configuration's policy with
   * the allowlist and exceptions ML review changed at run time).
   */
  public static Gateway create(
      GatewayConfig config,
      PersonalDataMasker masker,
      Budgets budgets,
      AuditLog audit,
      Function<String, Optional<String>> env,
      Optional<java.util.function.Supplier<Policy>> policySource) {
    return create(config, masker, budgets, audit, env, policySource, Clock.systemUTC());
  }

  /**
   * As {@link #create(GatewayConfig, PersonalDataMasker, Budgets, AuditLog, Function, Optional)},
   * with the clock the audit records, the exceptions' expiry and the breakers go by ({@code
   * ./onramp demo} runs a synthetic one).
   */
  public static Gateway create(
      GatewayConfig config,
      PersonalDataMasker masker,
      Budgets budgets,
      AuditLog audit,
      Function<String, Optional<String>> env,
      Optional<java.util.function.Supplier<Policy>> policySource,
      Clock clock) {
    Policy policy = policy(config);
    budgets(config, budgets);
    GatewayBuilder b =
        Gateway.builder(policy, prices(config), masker)
            .budgets(budgets)
            .audit(audit)
            .clock(clock)
            .resilience(resilience(config, clock));
    policySource.ifPresent(b::policySource);
    config.vendors().forEach((name, v) -> adapter(Vendor.of(name), v, env).ifPresent(b::adapter));
    return b.build();
  }

  public static Policy policy(GatewayConfig config) {
    List<ModelRoute> routes = new ArrayList<>();
    config
        .models()
        .forEach(
            (name, m) -> {
              if (!config.vendors().containsKey(m.vendor())) {
                throw new GatewayConfigException(
                    "model "
                        + name
                        + " names vendor '"
                        + m.vendor()
                        + "', which is not under 'vendors'");
              }
              routes.add(new ModelRoute(name, Vendor.of(m.vendor()), m.id(), m.allowed()));
            });
    Map<Vendor, Set<DataClass>> agreements = new HashMap<>();
    config
        .vendors()
        .forEach((name, v) -> agreements.put(Vendor.of(name), Set.copyOf(v.dataClasses())));
    List<ExceptionGrant> grants =
        config.exceptions().stream()
            .map(
                e ->
                    new ExceptionGrant(
                        Vendor.of(e.vendor()),
                        e.model(),
                        e.purpose(),
                        e.approver(),
                        e.ticket(),
                        e.expires()))
            .toList();
    return Policy.of(routes, agreements, grants);
  }

  public static PriceTable prices(GatewayConfig config) {
    Map<String, ModelPrice> prices = new HashMap<>();
    config
        .models()
        .forEach(
            (name, m) -> prices.put(name, new ModelPrice(m.price().input(), m.price().output())));
    return PriceTable.of(prices);
  }

  /**
   * Seeds the configured limits where the database has none: several instances may start with
   * different files, and a limit changed on the admin pages must survive a restart; the database is
   * the one source of truth.
   */
  private static void budgets(GatewayConfig config, Budgets budgets) {
    config
        .budgets()
        .teams()
        .forEach((team, limit) -> budgets.seedLimit(BudgetKey.team(team), limit));
    config
        .budgets()
        .tools()
        .forEach((tool, limit) -> budgets.seedLimit(BudgetKey.tool(tool), limit));
  }

  private static Resilience resilience(GatewayConfig config, Clock clock) {
    GatewayConfig.RetryConfig r = config.retry();
    return Resilience.of(
        new RetryPolicy(
            r.maxAttempts(),
            Duration.ofMillis(r.baseDelayMs()),
            Duration.ofMillis(r.maxDelayMs()),
            Duration.ofSeconds(r.maxRetryAfterSeconds())),
        new Resilience.BreakerSettings(
            config.breaker().failureThreshold(),
            Duration.ofSeconds(config.breaker().openSeconds())),
        clock,
        Resilience.Sleeper.real());
  }

  static Optional<ModelAdapter> adapter(
      Vendor vendor, GatewayConfig.VendorConfig v, Function<String, Optional<String>> env) {
    Duration timeout = v.timeoutSeconds().map(Duration::ofSeconds).orElse(DEFAULT_TIMEOUT);
    Optional<URI> fake = fakeVendor(env);
    Optional<String> key =
        fake.isPresent()
            ? Optional.of("fake-vendor-key")
            : v.apiKeyEnv().flatMap(env).filter(s -> !s.isBlank());
    Optional<URI> endpoint =
        fake.map(f -> "openai-compatible".equals(v.kind()) ? URI.create(f + "/v1") : f)
            .or(() -> v.endpoint().map(URI::create));
    return switch (v.kind()) {
      case "bedrock" -> {
        String region =
            v.region()
                .orElseThrow(
                    () ->
                        new GatewayConfigException(
                            "vendor " + vendor + " (bedrock) needs a region, e.g. us-east-1"));
        BedrockSettings.AwsCredentials creds =
            key.<BedrockSettings.AwsCredentials>map(BedrockSettings.AwsCredentials.ApiKey::new)
                .orElse(new BedrockSettings.AwsCredentials.DefaultChain());
        yield Optional.of(
            AnthropicAdapter.bedrock(
                new BedrockSettings(vendor, region, endpoint, creds, timeout)));
      }
      case "anthropic" ->
          key.map(k -> AnthropicAdapter.direct(new DirectSettings(vendor, k, endpoint, timeout)));
      case "openai-compatible" -> {
        URI base =
            endpoint.orElseThrow(
                () ->
                    new GatewayConfigException(
                        "vendor "
                            + vendor
                            + " (openai-compatible) needs an endpoint, e.g. http://llm.internal:8000/v1"));
        yield key.map(
            k -> OpenAiCompatibleAdapter.of(new OpenAiSettings(vendor, base, k, timeout)));
      }
      default ->
          throw new GatewayConfigException(
              "vendor "
                  + vendor
                  + " has kind '"
                  + v.kind()
                  + "'; use bedrock, anthropic or openai-compatible");
    };
  }
}
