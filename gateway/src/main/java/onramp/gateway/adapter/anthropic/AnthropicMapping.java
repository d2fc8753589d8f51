package onramp.gateway.adapter.anthropic;

import com.anthropic.core.JsonValue;
import com.anthropic.models.messages.AssistantMessageParam;
import com.anthropic.models.messages.Base64ImageSource;
import com.anthropic.models.messages.ContentBlock;
import com.anthropic.models.messages.ContentBlockParam;
import com.anthropic.models.messages.ImageBlockParam;
import com.anthropic.models.messages.Message;
import com.anthropic.models.messages.MessageCreateParams;
import com.anthropic.models.messages.Tool;
import com.anthropic.models.messages.ToolChoiceTool;
import com.anthropic.models.messages.UserMessageParam;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import onramp.gateway.Content;
import onramp.gateway.ModelRequest;
import onramp.gateway.ModelResponse;
import onramp.gateway.OutputSchema;
import onramp.gateway.Role;
import onramp.gateway.StopReason;
import onramp.gateway.Usage;

/** The gateway's request and response to and from the SDK's types. */
final class AnthropicMapping {
  private AnthropicMapping() {}

  static MessageCreateParams toParams(ModelRequest request) {
    MessageCreateParams.Builder b =
        MessageCreateParams.builder().model(request.model()).maxTokens(request.maxTokens());
    request.system().ifPresent(b::system);
    for (onramp.gateway.Message m : request.messages()) {
      List<ContentBlockParam> blocks = m.content().stream().map(AnthropicMapping::block).toList();
      if (m.role() == Role.USER) {
        b.addMessage(UserMessageParam.builder().contentOfContentBlockParams(blocks).build());
      } else {
        b.addMessage(AssistantMessageParam.builder().contentOfContentBlockParams(blocks).build());
      }
    }
    request
        .temperature()
        .ifPresent(t -> b.putAdditionalBodyProperty("temperature", JsonValue.from(t)));
    request.output().ifPresent(o -> typedOutput(b, o));
    return b.build();
  }

  /** Typed output as a forced tool call: the tool's input schema is the output schema. */
  private static void typedOutput(MessageCreateParams.Builder b, OutputSchema o) {
    Tool tool =
        Tool.builder()
            .name(o.name())
            .description(o.description())
            .inputSchema(
                Objects.requireNonNull(
                    JsonValue.fromJsonNode(o.schema()).convert(Tool.InputSchema.class),
                    "an output schema is a JSON object"))
            .build();
    b.addTool(tool);
    b.toolChoice(ToolChoiceTool.builder().name(o.name()).build());
  }

  private static ContentBlockParam block(Content c) {
    return switch (c) {
      case Content.Text t -> ContentBlockParam.ofText(t.text());
      case Content.Image i ->
          ContentBlockParam.ofImage(
              ImageBlockParam.builder()
                  .source(
                      Base64ImageSource.builder()
                          .mediaType(Base64ImageSource.MediaType.of(i.mediaType()))
                          .data(Base64.getEncoder().encodeToString(i.bytes()))
                          .build())
                  .build());
    };
  }

  static ModelResponse toResponse(Message m, String requestId, Duration latency) {
    StringBuilder text = new StringBuilder();
    Optional<JsonNode> output = Optional.empty();
    for (ContentBlock block : m.content()) {
      if (block.isText()) {
        text.append(block.asText().text());
      } else if (block.isToolUse()) {
        output = Optional.ofNullable(block.asToolUse()._input().convert(JsonNode.class));
      }
    }
    return new ModelResponse(
        text.toString(),
        output,
        m.stopReason().map(r -> stop(r.asString())).orElse(StopReason.OTHER),
        usage(m.usage()),
        latency,
        requestId,
        m.model().asString());
  }

  static Usage usage(com.anthropic.models.messages.Usage u) {
    long write5m;
    long write1h;
    if (u.cacheCreation().isPresent()) {
      write5m = u.cacheCreation().get().ephemeral5mInputTokens();
      write1h = u.cacheCreation().get().ephemeral1hInputTokens();
    } else {
      write5m = u.cacheCreationInputTokens().orElse(0L); // older responses: all 5-minute writes
      write1h = 0;
    }
    return new Usage(
        u.inputTokens(), u.outputTokens(), u.cacheReadInputTokens().orElse(0L), write5m, write1h);
  }

  private static StopReason stop(String reason) {
    return switch (reason) {
      case "end_turn" -> StopReason.END_TURN;
      case "max_tokens" -> StopReason.MAX_TOKENS;
      case "stop_sequence" -> StopReason.STOP_SEQUENCE;
      case "tool_use" -> StopReason.TOOL_USE;
      case "refusal" -> StopReason.REFUSAL;
      default -> StopReason.OTHER;
    };
  }
}
