package onramp.app.ops.status;

/**
 * Reports one component's status. Declare an implementation as a Spring bean and it appears on
 * {@code /} and {@code /api/status}; order them with {@code @Order}. Called on every request, so
 * keep it cheap (a file check, a {@code SELECT}) and never throw: report the failure as "off".
 */
@FunctionalInterface
public interface ComponentStatusProvider {
  ComponentStatus status();
}
