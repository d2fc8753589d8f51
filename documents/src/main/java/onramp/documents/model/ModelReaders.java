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
  /** System property naming the gateway YAML; {@value #CONFIG_ENV} is the environment fallback. */
  public static final String CONFIG_PROPERTY = "onramp.gateway.config";

  public static final String CONFIG_ENV = "ONRAMP_GATEWAY_CONFIG";

  /** System property naming the model the readers use; {@value #MODEL_ENV} is the fallback. */
  public static final String MODEL_PROPERTY = "onramp.documents.model";

  public static final String MODEL_ENV = "ONRAMP_DOCUMENTS_MODEL";
  public static final String DEFAULT_MODEL = "claude-haiku-4-5";

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
   * Builds the readers from the gateway YAML ({@code GatewayConfig}), with the model named by
   * {@value #MODEL_PROPERTY} / {@value #MODEL_ENV} (default {@value #DEFAULT_MODEL}). Off when no
   * configuration is given, the model is not in it, or its vendor has no credentials. A file that
   * is given but unreadable or invalid fails with a {@code GatewayConfigException} that says what
   * to fix: a wrong configuration should stop the start, not silently turn the steps off.
   */
  public static ModelReaders fromConfiguration(
      Optional<Path> gatewayYaml, Budgets budgets, AuditLog audit) {
    Function<String, Optional<String>> env = name -> Optional.ofNullable(System.getenv(name));
    String model =
        Optional.ofNullable(System.getProperty(MODEL_PROPERTY))
            .or(() -> env.apply(MODEL_ENV))
            .filter(s -> !s.isBlank())
            .orElse(DEFAULT_MODEL);
    return fromConfiguration(gatewayYaml, budgets, audit, env, model);
  }

  static ModelReaders fromConfiguration(
      Optional<Path> gatewayYaml,
      Budgets budgets,
      AuditLog audit,
      Function<String, Optional<String>> env,
      String modelName) {
    if (gatewayYaml.isEmpty()) {
      return off(
          "no vendor configured (set -D"
              + CONFIG_PROPERTY
              + " or "
              + CONFIG_ENV
              + " to a gateway.yaml)");
    }
    GatewayConfig config = GatewayConfig.load(gatewayYaml.get());
    GatewayConfig.ModelConfig route = config.models().get(modelName);
    if (route == null) {
      return off(
          "model "
              + modelName
              + " is not in "
              + gatewayYaml.get().getFileName()
              + " (add it under models, or set "
              + MODEL_PROPERTY
              + " to one that is)");
    }
    Gateway gateway = GatewayFactory.create(config, masker(), budgets, audit, env);
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

  /**
   * Where the gateway YAML is: the system property {@value #CONFIG_PROPERTY}, else the env {@value
   * #CONFIG_ENV}.
   */
  public static Optional<Path> configuredGatewayYaml() {
    return Optional.ofNullable(System.getProperty(CONFIG_PROPERTY))
        .or(() -> Optional.ofNullable(System.getenv(CONFIG_ENV)))
        .filter(s -> !s.isBlank())
        .map(Path::of);
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
