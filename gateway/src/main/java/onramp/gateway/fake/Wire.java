package onramp.gateway.fake;

/** The wire formats the fake server speaks. */
public enum Wire {
  /** {@code POST /v1/messages}, Anthropic Messages API. */
  ANTHROPIC,
  /** {@code POST /model/{modelId}/invoke}, Amazon Bedrock InvokeModel with an Anthropic body. */
  BEDROCK,
  /** {@code POST /v1/chat/completions}, OpenAI-compatible chat completions. */
  OPENAI
}
