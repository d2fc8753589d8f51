package onramp.app.system.config;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import onramp.documents.front.FrontReader;
import onramp.documents.model.ModelReaders;
import onramp.documents.ocr.Tessdata;
import onramp.gateway.GatewayConfigException;
import onramp.gateway.audit.AuditLog;
import onramp.gateway.budget.Budgets;
import onramp.gateway.config.GatewayFactory;

/**
 * How the document readers are configured (README): the gateway YAML ({@code
 * -Donramp.gateway.config}, else {@code ONRAMP_GATEWAY_CONFIG}), the model the readers call ({@code
 * -Donramp.documents.model}, else {@code ONRAMP_DOCUMENTS_MODEL}, else {@value
 * ModelReaders#DEFAULT_MODEL}), and the environment the gateway looks vendor credentials up in. The
 * tessdata folder is {@link Tessdata#configured()}'s lookup ({@code -Donramp.tessdata}, {@code
 * TESSDATA_PREFIX}, Debian's folder, the copy in the jar).
 */
public record ReaderSettings(
    Optional<Path> gatewayYaml, String model, Function<String, Optional<String>> environment) {
  public static final String CONFIG_PROPERTY = "onramp.gateway.config";
  public static final String CONFIG_ENV = "ONRAMP_GATEWAY_CONFIG";
  public static final String MODEL_PROPERTY = "onramp.documents.model";
  public static final String MODEL_ENV = "ONRAMP_DOCUMENTS_MODEL";

  /** From this process's system properties and environment. */
  public static ReaderSettings fromSystem() {
    return from(
        name -> Optional.ofNullable(System.getProperty(name)),
        name -> Optional.ofNullable(System.getenv(name)));
  }

  /** {@code -Donramp.fake-vendor=URL}: the same as {@code ONRAMP_FAKE_VENDOR} (tests set it). */
  public static final String FAKE_VENDOR_PROPERTY = "onramp.fake-vendor";

  /** A property wins over its environment variable; a blank value counts as unset. */
  static ReaderSettings from(
      Function<String, Optional<String>> properties,
      Function<String, Optional<String>> systemEnvironment) {
    Function<String, Optional<String>> environment =
        name ->
            name.equals(GatewayFactory.FAKE_VENDOR_ENV)
                ? properties
                    .apply(FAKE_VENDOR_PROPERTY)
                    .filter(v -> !v.isBlank())
                    .or(() -> systemEnvironment.apply(name))
                : systemEnvironment.apply(name);
    Optional<Path> yaml =
        properties
            .apply(CONFIG_PROPERTY)
            .or(() -> environment.apply(CONFIG_ENV))
            .filter(s -> !s.isBlank())
            .map(Path::of);
    if (yaml.isEmpty() && GatewayFactory.fakeVendor(environment).isPresent()) {
      yaml = Optional.of(defaultConfigFile());
    }
    String model =
        properties
            .apply(MODEL_PROPERTY)
            .or(() -> environment.apply(MODEL_ENV))
            .filter(s -> !s.isBlank())
            .orElse(ModelReaders.DEFAULT_MODEL);
    return new ReaderSettings(yaml, model, environment);
  }

  /**
   * The built-in configuration ({@link GatewayFactory#defaultConfigYaml()}) as a file, for the
   * readers and the gateway service when only the fake vendor is named: written once per process to
   * the temporary folder.
   */
  private static synchronized Path defaultConfigFile() {
    try {
      Path file = java.nio.file.Files.createTempFile("onramp-default-gateway-", ".yaml");
      file.toFile().deleteOnExit();
      java.nio.file.Files.write(file, GatewayFactory.defaultConfigYaml());
      return file;
    } catch (java.io.IOException e) {
      throw new GatewayConfigException("could not write the built-in gateway configuration", e);
    }
  }

  /**
   * The model readers, metered in {@code budgets} and audited in {@code audit}; off, saying how to
   * turn them on, when no gateway YAML is configured.
   *
   * @throws onramp.gateway.GatewayConfigException when the configured file cannot be used
   */
  public ModelReaders modelReaders(Budgets budgets, AuditLog audit) {
    return modelReaders(budgets, audit, Optional.empty());
  }

  /** The same, enforcing the policy in force ({@link GatewayModels#policy()}). */
  public ModelReaders modelReaders(
      Budgets budgets,
      AuditLog audit,
      Optional<? extends java.util.function.Supplier<onramp.gateway.policy.Policy>> policy) {
    return modelReaders(budgets, audit, policy, java.time.Clock.systemUTC());
  }

  /** The same, with the clock the readers' gateway audit goes by (the application's clock). */
  public ModelReaders modelReaders(
      Budgets budgets,
      AuditLog audit,
      Optional<? extends java.util.function.Supplier<onramp.gateway.policy.Policy>> policy,
      java.time.Clock clock) {
    Optional<java.util.function.Supplier<onramp.gateway.policy.Policy>> source = policy.map(p -> p);
    return gatewayYaml
        .map(
            yaml ->
                ModelReaders.fromConfiguration(
                    new ModelReaders.Settings(yaml, model, environment),
                    budgets,
                    audit,
                    source,
                    clock))
        .orElseGet(
            () ->
                ModelReaders.off(
                    "no vendor configured (set -D"
                        + CONFIG_PROPERTY
                        + " or "
                        + CONFIG_ENV
                        + " to a gateway.yaml)"));
  }

  /**
   * The licence-front OCR on the configured tessdata. Build one per process and close it at the
   * end: it holds a pool of Tesseract engines.
   */
  public FrontReader frontReader() {
    return FrontReader.using(Tessdata.configured());
  }
}
