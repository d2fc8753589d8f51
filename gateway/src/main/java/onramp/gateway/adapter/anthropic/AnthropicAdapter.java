package onramp.gateway.adapter.anthropic;

import com.anthropic.bedrock.backends.BedrockBackend;
import com.anthropic.client.AnthropicClient;
import com.anthropic.client.okhttp.AnthropicOkHttpClient;
import com.anthropic.core.http.HttpResponseFor;
import com.anthropic.core.http.StreamResponse;
import com.anthropic.helpers.MessageAccumulator;
import com.anthropic.models.messages.Message;
import com.anthropic.models.messages.MessageCreateParams;
import com.anthropic.models.messages.RawMessageStreamEvent;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.function.Consumer;
import onramp.gateway.Delta;
import onramp.gateway.GatewayException;
import onramp.gateway.MessagesReply;
import onramp.gateway.ModelAdapter;
import onramp.gateway.ModelRequest;
import onramp.gateway.ModelResponse;
import onramp.gateway.StreamDeliveryException;
import onramp.gateway.Vendor;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;

/**
 * Anthropic's Messages API through the official SDK, either on Bedrock or direct. The SDK's own
 * retries are off: the gateway retries, once, for every vendor.
 */
public final class AnthropicAdapter implements ModelAdapter {
  private final Vendor vendor;
  private final AnthropicClient client;
  private final Duration timeout;
  private final boolean bedrock;

  private AnthropicAdapter(
      Vendor vendor, AnthropicClient client, Duration timeout, boolean bedrock) {
    this.vendor = vendor;
    this.client = client;
    this.timeout = timeout;
    this.bedrock = bedrock;
  }

  public static AnthropicAdapter bedrock(BedrockSettings s) {
    BedrockBackend.Builder backend = BedrockBackend.builder().region(Region.of(s.region()));
    switch (s.credentials()) {
      case BedrockSettings.AwsCredentials.DefaultChain d ->
          backend.awsCredentialsProvider(DefaultCredentialsProvider.builder().build());
      case BedrockSettings.AwsCredentials.Static k ->
          backend.awsCredentialsProvider(
              StaticCredentialsProvider.create(
                  AwsBasicCredentials.create(k.accessKeyId(), k.secretAccessKey())));
      case BedrockSettings.AwsCredentials.ApiKey k -> backend.apiKey(k.key());
    }
    s.endpoint().ifPresent(uri -> backend.baseUrl(uri.toString()));
    AnthropicClient client =
        AnthropicOkHttpClient.builder()
            .backend(backend.build())
            .maxRetries(0)
            .timeout(s.timeout())
            .build();
    return new AnthropicAdapter(s.vendor(), client, s.timeout(), true);
  }

  public static AnthropicAdapter direct(DirectSettings s) {
    AnthropicOkHttpClient.Builder b =
        AnthropicOkHttpClient.builder().apiKey(s.apiKey()).maxRetries(0).timeout(s.timeout());
    s.baseUrl().ifPresent(uri -> b.baseUrl(uri.toString()));
    return new AnthropicAdapter(s.vendor(), b.build(), s.timeout(), false);
  }

  @Override
  public Vendor vendor() {
    return vendor;
  }

  @Override
  public ModelResponse doCall(ModelRequest request) {
    long start = System.nanoTime();
    try (HttpResponseFor<Message> raw =
        client.messages().withRawResponse().create(AnthropicMapping.toParams(request))) {
      Message message = raw.parse();
      String requestId =
          raw.requestId()
              .or(() -> raw.headers().values("x-amzn-requestid").stream().findFirst())
              .orElse(message.id());
      return AnthropicMapping.toResponse(
          message, requestId, Duration.ofNanos(System.nanoTime() - start));
    } catch (GatewayException e) {
      throw e;
    } catch (RuntimeException e) {
      throw AnthropicErrors.map(vendor, e, timeout);
    }
  }

  /** Streams text deltas as they arrive (SSE direct, AWS event stream on Bedrock). */
  @Override
  public void doStream(ModelRequest request, Consumer<Delta> sink) {
    long start = System.nanoTime();
    try (HttpResponseFor<StreamResponse<RawMessageStreamEvent>> raw =
            client
                .messages()
                .withRawResponse()
                .createStreaming(AnthropicMapping.toParams(request));
        StreamResponse<RawMessageStreamEvent> events = raw.parse()) {
      MessageAccumulator accumulator = MessageAccumulator.create();
      for (RawMessageStreamEvent event : events) {
        accumulator.accumulate(event);
        event
            .contentBlockDelta()
            .flatMap(d -> d.delta().text())
            .ifPresent(t -> sink.accept(new Delta.TextDelta(t.text())));
      }
      Message message = accumulator.message();
      String requestId =
          raw.requestId()
              .or(() -> raw.headers().values("x-amzn-requestid").stream().findFirst())
              .orElse(message.id());
      sink.accept(
          new Delta.Done(
              AnthropicMapping.toResponse(
                  message, requestId, Duration.ofNanos(System.nanoTime() - start))));
    } catch (GatewayException e) {
      throw e;
    } catch (RuntimeException e) {
      throw AnthropicErrors.map(vendor, e, timeout);
    }
  }

  /** The Messages wire passed through the SDK: its JSON round trip keeps unknown fields. */
  @Override
  public MessagesReply doMessages(ObjectNode body) {
    MessageCreateParams params = WireJson.params(body);
    try (HttpResponseFor<Message> raw = client.messages().withRawResponse().create(params)) {
      Message message = raw.parse();
      return new MessagesReply(
          WireJson.tree(message), AnthropicMapping.usage(message.usage()), requestId(raw, message));
    } catch (GatewayException e) {
      throw e;
    } catch (RuntimeException e) {
      throw AnthropicErrors.map(vendor, e, timeout);
    }
  }

  /** Every event as the SDK decoded it (SSE direct, AWS event stream on Bedrock), re-encoded. */
  @Override
  public MessagesReply doMessagesStream(ObjectNode body, Consumer<ObjectNode> sink) {
    MessageCreateParams params = WireJson.params(body);
    try (HttpResponseFor<StreamResponse<RawMessageStreamEvent>> raw =
            client.messages().withRawResponse().createStreaming(params);
        StreamResponse<RawMessageStreamEvent> events = raw.parse()) {
      MessageAccumulator accumulator = MessageAccumulator.create();
      for (RawMessageStreamEvent event : events) {
        accumulator.accumulate(event);
        sink.accept(WireJson.tree(event));
      }
      Message message = accumulator.message();
      return new MessagesReply(
          WireJson.tree(message), AnthropicMapping.usage(message.usage()), requestId(raw, message));
    } catch (GatewayException | StreamDeliveryException e) {
      throw e;
    } catch (RuntimeException e) {
      throw AnthropicErrors.map(vendor, e, timeout);
    }
  }

  @Override
  public java.util.OptionalLong doCountTokens(ObjectNode body) {
    if (bedrock) {
      return java.util.OptionalLong.empty(); // the SDK's Bedrock backend has no count_tokens
    }
    try {
      return java.util.OptionalLong.of(
          client.messages().countTokens(WireJson.countParams(body)).inputTokens());
    } catch (GatewayException e) {
      throw e;
    } catch (RuntimeException e) {
      throw AnthropicErrors.map(vendor, e, timeout);
    }
  }

  private static String requestId(HttpResponseFor<?> raw, Message message) {
    return raw.requestId()
        .or(() -> raw.headers().values("x-amzn-requestid").stream().findFirst())
        .orElse(message.id());
  }

  @Override
  public void close() {
    client.close();
  }
}
