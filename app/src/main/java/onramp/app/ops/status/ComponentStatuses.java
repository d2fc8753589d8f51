package onramp.app.ops.status;

import java.util.List;
import onramp.app.system.Failures;
import org.springframework.stereotype.Component;

/** Asks every {@link ComponentStatusProvider} bean, in their {@code @Order}. */
@Component
public final class ComponentStatuses {
  private final List<ComponentStatusProvider> providers;

  ComponentStatuses(List<ComponentStatusProvider> providers) {
    this.providers = List.copyOf(providers);
  }

  /** Name and on/off only: for the public {@code /} and {@code /api/status}. */
  public List<ComponentStatus.PublicStatus> publicView() {
    return all().stream().map(ComponentStatus::publicView).toList();
  }

  /** With details (URLs, folders, paths): for admins only. */
  public List<ComponentStatus> all() {
    return providers.stream().map(ComponentStatuses::ask).toList();
  }

  private static ComponentStatus ask(ComponentStatusProvider provider) {
    try {
      return provider.status();
    } catch (RuntimeException e) {
      // A provider broke its contract; say so on the page instead of failing the whole page.
      String name = provider.getClass().getSimpleName();
      return ComponentStatus.off(name, Failures.describe("its status check", e));
    }
  }
}
