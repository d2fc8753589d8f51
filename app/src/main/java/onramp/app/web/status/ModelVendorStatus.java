package onramp.app.web.status;

import java.util.Map;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Model-backed steps need a vendor configured under {@code onramp.gateway.*}. Until the gateway is
 * wired into the app this only looks at whether such configuration exists.
 */
@Component
@Order(40)
class ModelVendorStatus implements ComponentStatusProvider {
  static final String NAME = "Model vendor";
  private final Map<String, Object> gatewayConfig;

  ModelVendorStatus(Environment environment) {
    this.gatewayConfig =
        Binder.get(environment)
            .bind("onramp.gateway", Bindable.mapOf(String.class, Object.class))
            .orElse(Map.of());
  }

  @Override
  public ComponentStatus status() {
    if (gatewayConfig.isEmpty()) {
      return ComponentStatus.off(
          NAME,
          "no vendor configured — model-backed steps are off; onboarding routes those cases to a"
              + " human reviewer. Configure one under onramp.gateway.* to turn them on");
    }
    Object vendor = gatewayConfig.getOrDefault("vendor", "see onramp.gateway.*");
    return ComponentStatus.on(NAME, "configured (vendor: " + vendor + "); calls go through the gateway");
  }
}
