package onramp.devtools.context;

/**
 * How much context the model gets, in tokens, estimated as 4 characters a token (close to what
 * Anthropic's tokenizer gives for source code; an estimate, not a count: the gateway meters the
 * real one).
 */
public record TokenBudget(int tokens) {
  public static final int DEFAULT_TOKENS = 20_000;
  public static final int CHARS_PER_TOKEN = 4;

  public TokenBudget {
    if (tokens < 1) {
      throw new IllegalArgumentException("a context budget needs at least 1 token, was " + tokens);
    }
  }

  public static TokenBudget defaults() {
    return new TokenBudget(DEFAULT_TOKENS);
  }

  public static TokenBudget ofTokens(int tokens) {
    return new TokenBudget(tokens);
  }

  /** The estimated tokens of {@code text}: characters / 4, rounded up. */
  public static int estimate(String text) {
    return (text.length() + CHARS_PER_TOKEN - 1) / CHARS_PER_TOKEN;
  }
}
