package onramp.gateway;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Consumer;

/**
 * One vendor's wire format. An adapter implements the one call that differs between vendors;
 * policy, masking, budgets, retries, metering and audit are done once by {@link
 * onramp.gateway.governed.Gateway}.
 *
 * <p>Adapters receive the request with the vendor's model id already filled in and text already
 * masked. They must not retry (the gateway does) and must report every failure as a {@link
 * VendorException} built by {@link VendorException#fromStatus} or its siblings.
 */
public interface ModelAdapter extends AutoCloseable {

  Vendor vendor();

  ModelResponse doCall(ModelRequest request);

  /** Streaming seam; adapters without streaming deliver the whole answer at once. */
  default void doStream(ModelRequest request, Consumer<Delta> sink) {
    ModelResponse response = doCall(request);
    if (!response.text().isEmpty()) {
      sink.accept(new Delta.TextDelta(response.text()));
    }
    sink.accept(new Delta.Done(response));
  }

  /**
   * The Anthropic Messages wire, passed through: {@code body} is a Messages request with the
   * vendor's model id and masked text. Only Anthropic-family adapters speak it; others refuse.
   */
  default MessagesReply doMessages(ObjectNode body) {
    throw PolicyRefusedException.wireNotSupported(vendor());
  }

  /**
   * Streams a Messages request: every event as the vendor sent it ({@code message_start}, {@code
   * content_block_delta}…), in order; returns the message they add up to. When {@code events}
   * throws (the client went away), the vendor call is cancelled and the exception propagates.
   */
  default MessagesReply doMessagesStream(ObjectNode body, Consumer<ObjectNode> events) {
    throw PolicyRefusedException.wireNotSupported(vendor());
  }

  /**
   * The vendor's own count of a Messages request's input tokens; empty when the vendor has no
   * counting endpoint the SDK speaks (Bedrock), and the gateway then gives its upper bound.
   */
  default java.util.OptionalLong doCountTokens(ObjectNode body) {
    throw PolicyRefusedException.wireNotSupported(vendor());
  }

  @Override
  default void close() {}
}
