package onramp.gateway;

import java.util.function.Consumer;

/**
 * The port: one request in, one answer out. {@link onramp.gateway.governed.Gateway} is the
 * implementation callers get.
 */
public interface ChatModel {

  ModelResponse call(ModelRequest request);

  /**
   * Streams the answer. The seam for the workspace: the default calls {@link #call} and delivers
   * the whole text as one delta, then {@link Delta.Done}; an adapter with real streaming overrides
   * it. Governance is the same as for {@link #call}.
   */
  default void stream(ModelRequest request, Consumer<Delta> sink) {
    ModelResponse response = call(request);
    if (!response.text().isEmpty()) {
      sink.accept(new Delta.TextDelta(response.text()));
    }
    sink.accept(new Delta.Done(response));
  }
}
