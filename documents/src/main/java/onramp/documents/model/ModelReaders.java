package onramp.documents.model;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import onramp.gateway.ChatModel;
import onramp.gateway.audit.AuditLog;
import onramp.gateway.budget.Budgets;
import onramp.gateway.config.GatewayConfig;
import onramp.gateway.config.GatewayFactory;
import onramp.gateway.governed.Gateway;
import onramp.gateway.masking.PatternMasker;
import onramp.gateway.masking.PersonalDataMasker;

/**
 * The seam the rest of the system uses for model-backed reading: either on (readers through one
 * model name) or off with a reason. Off is an ordinary state, not an error: the steps are reported
 * as unavailable and those applications go to a person.
 */
public final class ModelReaders implements AutoCloseable {
  /** The model the readers call unless configured otherwise. */
  public static final String DEFAULT_MODEL = "claude-haiku-4-5";

  /**
   * Where the readers' model comes from; built by the application from its own configuration (this
   * module reads no environment).
   *
   * @param gatewayYaml the gateway configuration ({@code GatewayConfig})
   * @param model the model the readers call, as that file names it
   * @param environment looks up the variables the file names for vendor credentials ({@code
   *     apiKeyEnv})
   */
  public record Settings(
      Path gatewayYaml, String model, Function<String, Optional<String>> environment) {}

  private final Optional<ModelFrontReader> front;
  private final Optional<ModelI9PageReader> i9;
  private final String status;
  private final Optional<AutoCloseable> owned;

  private ModelReaders(
      String status, Optional<ChatModel> model, String modelName, Optional<AutoCloseable> owned) {
    this.front = model.map(m -> ModelFrontReader.of(m, modelName));
    this.i9 = model.map(m -> ModelI9PageReader.of(m, modelName));
    this.status = status;
    this.owned = owned;
  }

  /** Model-backed steps are off, e.g. {@code off("no vendor configured")}. */
  public static ModelReaders off(String reason) {
    return new ModelReaders(
        "off: " + reason + " — model-backed steps are off; these applications go to a person",
        Optional.empty(),
        "",
        Optional.empty());
  }

  /** Readers calling {@code modelName} through {@code model}. */
  public static ModelReaders using(ChatModel model, String modelName) {
    return new ModelReaders("on: " + modelName, Optional.of(model), modelName, Optional.empty());
  }

  /** As {@link #using(ChatModel, String)}, with the vendor named in {@link #status()}. */
  public static ModelReaders using(ChatModel model, String modelName, String vendor) {
    return new ModelReaders(
        "on: " + modelName + " via " + vendor, Optional.of(model), modelName, Optional.empty());
  }

  /**
   * Builds the readers from the gateway YAML ({@code GatewayConfig}) for {@code settings.model()}.
   * Off when the model is not in it or its vendor has no credentials. A file that is unreadable or
   * invalid fails with a {@code GatewayConfigException} that says what to fix: a wrong
   * configuration should stop the start, not silently turn the steps off.
   */
  public static ModelReaders fromConfiguration(Settings settings, Budgets budgets, AuditLog audit) {
    return fromConfiguration(settings, budgets, audit, Optional.empty());
  }

  /**
   * As {@link #fromConfiguration(Settings, Budgets, AuditLog)}, enforcing the policy in force
   * ({@code policy}: the configuration's with the allowlist and exceptions changed at run time).
   */
  public static ModelReaders fromConfiguration(
      Settings settings,
      Budgets budgets,
      AuditLog audit,
      Optional<java.util.function.Supplier<onramp.gateway.policy.Policy>> policy) {
    return fromConfiguration(settings, budgets, audit, policy, java.time.Clock.systemUTC());
  }

  /** The same, with the clock the gateway's audit records go by (the application's clock). */
  public static ModelReaders fromConfiguration(
      Settings settings,
      Budgets budgets,
      AuditLog audit,
      Optional<java.util.function.Supplier<onramp.gateway.policy.Policy>> policy,
      java.time.Clock clock) {
    Path gatewayYaml = settings.gatewayYaml();
    String modelName = settings.model();
    GatewayConfig config = GatewayConfig.load(gatewayYaml);
    GatewayConfig.ModelConfig route = config.models().get(modelName);
    if (route == null) {
      return off(
          "model "
              + modelName
              + " is not in "
              + gatewayYaml.getFileName()
              + " (add it under models, or configure a model that is)");
    }
    Gateway gateway =
        GatewayFactory.create(
            config, masker(), budgets, audit, settings.environment(), policy, clock);
    if (!gateway.isAvailable(modelName)) {
      gateway.close();
      return off(
          "model "
              + modelName
              + " is served by "
              + route.vendor()
              + ", which has no credentials configured (see its apiKeyEnv in the gateway configuration)");
    }
    return new ModelReaders(
        "on: " + modelName + " via " + route.vendor(),
        Optional.of(gateway),
        modelName,
        Optional.of(gateway));
  }

  static PersonalDataMasker masker() {
    return PatternMasker.standard();
  }

  public boolean available() {
    return front.isPresent();
  }

  /**
   * {@code on: claude-haiku-4-5 via bedrock} or {@code off: <reason> — …; these applications go to
   * a person}.
   */
  public String status() {
    return status;
  }

  public Optional<ModelFrontReader> front() {
    return front;
  }

  /** The I-9 page reader (audited as {@code cli}; bind it with {@code forApplication(id)}). */
  public Optional<ModelI9PageReader> i9() {
    return i9;
  }

  /** Closes the gateway this object built from configuration; a gateway passed in stays open. */
  @Override
  public void close() {
    owned.ifPresent(
        c -> {
          try {
            c.close();
          } catch (Exception e) {
            throw new IllegalStateException(
                "could not close the model gateway: " + e.getMessage(), e);
          }
        });
  }

  @Override
  public String toString() {
    return "ModelReaders[" + status + "]";
  }
}
