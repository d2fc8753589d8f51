package onramp.app.gatewayservice;

import static java.util.Objects.requireNonNull;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.anthropic.client.AnthropicClient;
import com.anthropic.client.okhttp.AnthropicOkHttpClient;
import com.anthropic.core.http.StreamResponse;
import com.anthropic.helpers.MessageAccumulator;
import com.anthropic.models.messages.ContentBlock;
import com.anthropic.models.messages.Message;
import com.anthropic.models.messages.MessageCountTokensParams;
import com.anthropic.models.messages.MessageCreateParams;
import com.anthropic.models.messages.RawMessageStreamEvent;
import com.anthropic.models.messages.StopReason;
import com.anthropic.models.messages.TextBlock;
import java.util.ArrayList;
import java.util.List;
import onramp.app.gatewayservice.GatewayUnderTest.Target;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The official Anthropic Java SDK ({@code com.anthropic:anthropic-java}) pointed at the gateway's
 * base URL: what a JVM tool written for Anthropic's API gets when only the URL and key change.
 */
class AnthropicJavaSdkIT {
  private static @Nullable GatewayUnderTest gateway;
  private static @Nullable AnthropicClient client;

  @BeforeAll
  static void startTheGatewayAndPointTheSdkAtIt() {
    GatewayUnderTest started = GatewayUnderTest.startGateway();
    gateway = started;
    client =
        AnthropicOkHttpClient.builder()
            .baseUrl(started.baseUrl().toString())
            .apiKey(started.key())
            .build();
  }

  @AfterAll
  static void stop() {
    AnthropicClient c = client;
    if (c != null) {
      c.close();
    }
    GatewayUnderTest g = gateway;
    if (g != null) {
      g.close();
    }
  }

  /** A model switched off on the admin page is refused by /v1 at once, and allowed again after. */
  @Test
  void anAllowlistChangeByMlReviewReachesTheServiceAtOnce() {
    onramp.gateway.admin.LivePolicy live =
        gateway()
            .app()
            .orElseThrow()
            .getBean(onramp.app.system.config.GatewayModels.class)
            .policy()
            .orElseThrow();
    MessageCreateParams ask =
        MessageCreateParams.builder()
            .model(gateway().model())
            .maxTokens(16)
            .addUserMessage("still allowed?")
            .build();
    live.setAllowed(gateway().model(), false, "ml-review-test");
    try {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> client().messages().create(ask))
          .isInstanceOf(com.anthropic.errors.PermissionDeniedException.class)
          .hasMessageContaining("not on the allowlist");
    } finally {
      live.clearAllowed(gateway().model());
    }
    assertThat(texts(client().messages().create(ask).content()))
        .containsExactly("Echo: still allowed?");
  }

  @Test
  void createAnswersWithAMessageUnderTheGatewayModelNameAndItsUsage() {
    Message message =
        client()
            .messages()
            .create(
                MessageCreateParams.builder()
                    .model(gateway().model())
                    .maxTokens(256)
                    .system("Answer in one line.")
                    .addUserMessage("Which licence class does a minibus need?")
                    .build());

    assertThat(texts(message.content()))
        .containsExactly("Echo: Which licence class does a minibus need?");
    assertThat(message.model().asString()).isEqualTo(gateway().model());
    assertThat(message.stopReason()).contains(StopReason.END_TURN);
    assertThat(message.usage().inputTokens()).isPositive();
    assertThat(message.usage().outputTokens()).isPositive();
  }

  @Test
  void createStreamingDeliversTheAnswerInSeveralDeltasThatAddUpToTheMessage() {
    List<String> deltas = new ArrayList<>();
    MessageAccumulator accumulator = MessageAccumulator.create();

    try (StreamResponse<RawMessageStreamEvent> events =
        client()
            .messages()
            .createStreaming(
                MessageCreateParams.builder()
                    .model(gateway().model())
                    .maxTokens(256)
                    .addUserMessage("How old must a driver be?")
                    .build())) {
      events.stream()
          .forEach(
              event -> {
                accumulator.accumulate(event);
                event
                    .contentBlockDelta()
                    .flatMap(d -> d.delta().text())
                    .ifPresent(t -> deltas.add(t.text()));
              });
    }
    Message message = accumulator.message();

    assertThat(deltas).as("streamed, not buffered").hasSizeGreaterThan(1);
    assertThat(String.join("", deltas)).isEqualTo("Echo: How old must a driver be?");
    assertThat(texts(message.content())).containsExactly(String.join("", deltas));
    assertThat(message.stopReason()).contains(StopReason.END_TURN);
    assertThat(message.usage().outputTokens()).isPositive();
  }

  @Test
  void countTokensCountsMoreForALongerMessage() {
    assumeTrue(
        gateway().target() == Target.GATEWAY,
        "gateway only: the fake vendor has no /v1/messages/count_tokens");

    long shortCount = countTokens("How old must a driver be?");
    long longCount = countTokens("How old must a driver be? ".repeat(50));

    assertThat(shortCount).isPositive();
    assertThat(longCount).isGreaterThan(shortCount);
  }

  private long countTokens(String text) {
    return client()
        .messages()
        .countTokens(
            MessageCountTokensParams.builder()
                .model(gateway().model())
                .system("Answer in one line.")
                .addUserMessage(text)
                .build())
        .inputTokens();
  }

  private static List<String> texts(List<ContentBlock> content) {
    return content.stream().flatMap(b -> b.text().stream()).map(TextBlock::text).toList();
  }

  private static AnthropicClient client() {
    return requireNonNull(client);
  }

  private static GatewayUnderTest gateway() {
    return requireNonNull(gateway);
  }
}
