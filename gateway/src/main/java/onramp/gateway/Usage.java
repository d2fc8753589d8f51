package onramp.gateway;

/**
 * Tokens a call used, as the vendor reports them. {@code input} excludes tokens read from or
 * written to the prompt cache, which are priced differently.
 */
public record Usage(long input, long output, long cacheRead, long cacheWrite5m, long cacheWrite1h) {
  public static final Usage NONE = new Usage(0, 0, 0, 0, 0);

  public Usage {
    if (input < 0 || output < 0 || cacheRead < 0 || cacheWrite5m < 0 || cacheWrite1h < 0) {
      throw new IllegalArgumentException("token counts cannot be negative");
    }
  }

  public static Usage of(long input, long output) {
    return new Usage(input, output, 0, 0, 0);
  }

  public long total() {
    return input + output + cacheRead + cacheWrite5m + cacheWrite1h;
  }
}
