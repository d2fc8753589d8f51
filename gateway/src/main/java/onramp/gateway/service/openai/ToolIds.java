package onramp.gateway.service.openai;

/**
 * Tool-call ids across the two formats. Anthropic accepts only {@code [a-zA-Z0-9_-]} in a {@code
 * tool_use} id; OpenAI ids ({@code call_…}) nearly always fit and pass unchanged, anything else is
 * replaced by {@code _} the same way in the call and in its result, so they still pair up.
 */
final class ToolIds {
  private ToolIds() {}

  static String toAnthropic(String openAiId) {
    return openAiId.replaceAll("[^a-zA-Z0-9_-]", "_");
  }
}
