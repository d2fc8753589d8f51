package onramp.app.ops.status;

import java.util.Objects;

/**
 * Whether one component of Onramp is on, with a detail a person can act on: where it runs when on,
 * what is missing and how to fix it when off.
 */
public record ComponentStatus(String name, boolean on, String detail) {
  public ComponentStatus {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(detail, "detail");
    if (name.isBlank() || detail.isBlank()) {
      throw new IllegalArgumentException("a component status needs a name and a detail");
    }
  }

  /**
   * What anyone may see: the name and on/off. The detail (database URL, data folder, model path) is
   * for admins on {@code /ops}.
   */
  public PublicStatus publicView() {
    return new PublicStatus(name, on);
  }

  /** A component's name and whether it is on, nothing more. */
  public record PublicStatus(String name, boolean on) {}

  public static ComponentStatus on(String name, String detail) {
    return new ComponentStatus(name, true, detail);
  }

  public static ComponentStatus off(String name, String detail) {
    return new ComponentStatus(name, false, detail);
  }
}
