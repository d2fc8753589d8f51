package onramp.gateway;

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

  @Override
  default void close() {}
}
