package onramp.gateway.config;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import onramp.gateway.DataClass;
import onramp.gateway.GatewayConfigException;

/**
 * The parsed {@code gateway.yaml}. See {@code notes/gateway.md} for an annotated example. Unknown
 * keys are errors, so a misspelt key does not silently fall back to a default.
 */
public record GatewayConfig(
    Map<String, VendorConfig> vendors,
    Map<String, ModelConfig> models,
    List<ExceptionConfig> exceptions,
    BudgetConfig budgets,
    RetryConfig retry,
    BreakerConfig breaker) {

  public GatewayConfig {
    vendors = Map.copyOf(vendors);
    models = Map.copyOf(models);
    exceptions = exceptions == null ? List.of() : List.copyOf(exceptions);
    budgets = budgets == null ? new BudgetConfig(Map.of(), Map.of()) : budgets;
    retry = retry == null ? new RetryConfig(4, 500, 20_000, 60) : retry;
    breaker = breaker == null ? new BreakerConfig(5, 30) : breaker;
  }

  /**
   * @param kind {@code bedrock}, {@code anthropic} or {@code openai-compatible}
   * @param region Bedrock only
   * @param endpoint optional base URL override (Bedrock endpoint, Anthropic or OpenAI base URL)
   * @param apiKeyEnv the environment variable holding the API key; for Bedrock optional (a Bedrock
   *     API key), otherwise the AWS default credential chain is used
   * @param dataClasses what this vendor's processing agreement covers
   */
  public record VendorConfig(
      String kind,
      Optional<String> region,
      Optional<String> endpoint,
      Optional<String> apiKeyEnv,
      Set<DataClass> dataClasses,
      Optional<Integer> timeoutSeconds) {}

  /**
   * @param id the vendor's model id (for Bedrock an inference profile id)
   * @param allowed on the allowlist; otherwise usable only under an exception
   */
  public record ModelConfig(String vendor, String id, boolean allowed, PriceConfig price) {}

  /** Dollars per million tokens. */
  public record PriceConfig(BigDecimal input, BigDecimal output) {}

  public record ExceptionConfig(
      String vendor,
      String model,
      String purpose,
      String approver,
      String ticket,
      LocalDate expires) {}

  /** Monthly limits in dollars, seeded into the budget store at start (existing limits updated). */
  public record BudgetConfig(Map<String, BigDecimal> teams, Map<String, BigDecimal> tools) {
    public BudgetConfig {
      teams = teams == null ? Map.of() : Map.copyOf(teams);
      tools = tools == null ? Map.of() : Map.copyOf(tools);
    }
  }

  public record RetryConfig(
      int maxAttempts, long baseDelayMs, long maxDelayMs, long maxRetryAfterSeconds) {}

  public record BreakerConfig(int failureThreshold, long openSeconds) {}

  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory())
          .registerModule(new JavaTimeModule())
          .registerModule(new com.fasterxml.jackson.datatype.jdk8.Jdk8Module())
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

  public static GatewayConfig parse(String yaml) {
    try {
      return YAML.readValue(yaml, GatewayConfig.class);
    } catch (IOException e) {
      throw new GatewayConfigException(
          "the gateway configuration is invalid: " + e.getMessage(), e);
    }
  }

  public static GatewayConfig load(Path file) {
    try {
      return parse(Files.readString(file));
    } catch (IOException e) {
      throw new GatewayConfigException(
          "cannot read the gateway configuration " + file + ": " + e.getMessage(), e);
    }
  }
}
