package onramp.gateway;

/**
 * A configured vendor endpoint, by the name configuration gives it ({@code bedrock}, {@code
 * anthropic}, {@code selfhosted}). Processing agreements, circuit breakers and audit are per
 * vendor.
 */
public record Vendor(String id) {
  public Vendor {
    if (!id.matches("[a-z0-9][a-z0-9-]{0,39}")) {
      throw new IllegalArgumentException(
          "vendor id '" + id + "' must be lower-case letters, digits and dashes");
    }
  }

  public static Vendor of(String id) {
    return new Vendor(id);
  }

  @Override
  public String toString() {
    return id;
  }
}
