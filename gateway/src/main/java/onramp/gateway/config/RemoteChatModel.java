package onramp.gateway.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import onramp.gateway.ChatModel;
import onramp.gateway.Delta;
import onramp.gateway.InvalidOutputException;
import onramp.gateway.ModelAdapter;
import onramp.gateway.ModelRequest;
import onramp.gateway.ModelResponse;
import onramp.gateway.OutputSchema;
import onramp.gateway.Vendor;
import onramp.gateway.adapter.anthropic.AnthropicAdapter;
import onramp.gateway.adapter.anthropic.DirectSettings;
import onramp.gateway.schema.SchemaValidator;

/**
 * A {@link ChatModel} that is a client of the gateway service ({@code ./onramp gateway}) with a
 * virtual key: the Anthropic Messages wire through the official SDK, pointed at the service. No
 * governance here — the service applies policy, masking, budgets and audit for the key. Typed
 * output is still checked against its schema, as the in-process gateway does, so callers get the
 * same contract either way.
 */
public final class RemoteChatModel implements ChatModel, AutoCloseable {
  /** How the service appears in errors: the vendor behind it is the service's business. */
  public static final Vendor SERVICE = Vendor.of("gateway-service");

  private final ModelAdapter adapter;
  private final URI baseUrl;

  private RemoteChatModel(ModelAdapter adapter, URI baseUrl) {
    this.adapter = adapter;
    this.baseUrl = baseUrl;
  }

  static RemoteChatModel connect(URI baseUrl, String virtualKey, Duration timeout) {
    if (virtualKey.isBlank()) {
      throw new IllegalArgumentException(
          "the virtual key for the gateway service at "
              + baseUrl
              + " is empty; create one with ./onramp keys create --team T --tool T");
    }
    String scheme = baseUrl.getScheme();
    if (!("http".equals(scheme) || "https".equals(scheme)) || baseUrl.getHost() == null) {
      throw new IllegalArgumentException(
          "the gateway service address must be an http(s) URL such as"
              + " https://onramp.internal, not '"
              + baseUrl
              + "'");
    }
    return new RemoteChatModel(
        AnthropicAdapter.direct(
            new DirectSettings(SERVICE, virtualKey, Optional.of(baseUrl), timeout)),
        baseUrl);
  }

  public URI baseUrl() {
    return baseUrl;
  }

  @Override
  public ModelResponse call(ModelRequest request) {
    return validated(adapter.doCall(request), request);
  }

  @Override
  public void stream(ModelRequest request, Consumer<Delta> sink) {
    if (request.output().isPresent()) {
      sink.accept(new Delta.Done(call(request)));
      return;
    }
    adapter.doStream(request, sink);
  }

  private static ModelResponse validated(ModelResponse response, ModelRequest request) {
    if (request.output().isEmpty()) {
      return response;
    }
    OutputSchema schema = request.output().get();
    JsonNode output =
        response
            .output()
            .orElseThrow(
                () -> new InvalidOutputException(schema.name(), List.of("$: no typed output")));
    List<String> violations = SchemaValidator.violations(schema.schema(), output);
    if (!violations.isEmpty()) {
      throw new InvalidOutputException(schema.name(), violations);
    }
    return response;
  }

  @Override
  public void close() {
    adapter.close();
  }

  @Override
  public String toString() {
    return "RemoteChatModel[" + baseUrl + ", key hidden]";
  }
}
