package onramp.gateway;

import java.util.List;

/** The model's typed output does not match the schema asked for. Retryable: models vary. */
public final class InvalidOutputException extends GatewayException {
  private final List<String> violations;

  public InvalidOutputException(String schemaName, List<String> violations) {
    super(
        "the model's output does not match schema '"
            + schemaName
            + "': "
            + String.join("; ", violations)
            + ". Retry, or tighten the schema's descriptions");
    this.violations = List.copyOf(violations);
  }

  public List<String> violations() {
    return violations;
  }

  @Override
  public boolean retryable() {
    return true;
  }

  @Override
  public Fault fault() {
    return Fault.VENDOR;
  }

  @Override
  public String code() {
    return "INVALID_OUTPUT";
  }
}
