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

  /** The usage of two calls (or two attempts of one call) together. */
  public Usage plus(Usage o) {
    return new Usage(
        input + o.input,
        output + o.output,
        cacheRead + o.cacheRead,
        cacheWrite5m + o.cacheWrite5m,
        cacheWrite1h + o.cacheWrite1h);
  }

  public long total() {
    return input + output + cacheRead + cacheWrite5m + cacheWrite1h;
  }
}
