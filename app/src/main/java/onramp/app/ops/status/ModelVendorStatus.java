package onramp.app.ops.status;

import java.nio.file.Path;
import java.time.Clock;
import onramp.app.system.config.ReaderSettings;
import onramp.documents.model.ModelReaders;
import onramp.gateway.audit.InMemoryAuditLog;
import onramp.gateway.budget.InMemoryBudgets;
import onramp.gateway.config.GatewayFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Whether model-backed reading is on, decided exactly as the verifier decides it: from the gateway
 * configuration named by {@code ONRAMP_GATEWAY_CONFIG} (or {@code -Donramp.gateway.config}).
 */
@Component
@Order(40)
class ModelVendorStatus implements ComponentStatusProvider {
  static final String NAME = "Model vendor";
  private final ComponentStatus status;

  ModelVendorStatus() {
    this(ReaderSettings.fromSystem());
  }

  ModelVendorStatus(ReaderSettings settings) {
    this.status =
        settings
            .gatewayYaml()
            .map(yaml -> probe(settings, yaml))
            .orElseGet(
                () ->
                    ComponentStatus.off(
                        NAME,
                        "no vendor configured — model-backed steps are off; onboarding routes those cases to a human reviewer."
                            + " Set ONRAMP_GATEWAY_CONFIG to a gateway.yaml (docs/gateway.md) to turn them on"));
  }

  private static ComponentStatus probe(ReaderSettings settings, Path yaml) {
    try (ModelReaders readers =
        settings.modelReaders(
            InMemoryBudgets.create(Clock.systemUTC()), InMemoryAuditLog.create())) {
      String fake =
          GatewayFactory.fakeVendor(settings.environment())
              .map(
                  uri ->
                      "every vendor is the FAKE vendor at "
                          + uri
                          + " ("
                          + GatewayFactory.FAKE_VENDOR_ENV
                          + "): answers are echoes, not a model; ")
              .orElse("");
      return readers.available()
          ? ComponentStatus.on(NAME, fake + readers.status() + "; calls go through the gateway")
          : ComponentStatus.off(NAME, fake + readers.status());
    } catch (RuntimeException e) {
      return ComponentStatus.off(
          NAME, "the gateway configuration " + yaml + " cannot be used: " + e.getMessage());
    }
  }

  @Override
  public ComponentStatus status() {
    return status;
  }
}
