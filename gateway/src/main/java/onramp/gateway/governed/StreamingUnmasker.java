package onramp.gateway.governed;

import java.util.function.Consumer;
import onramp.gateway.Delta;
import onramp.gateway.masking.MaskingSession;

/**
 * Unmasks streamed text. A placeholder may arrive split across deltas ({@code [EMA} + {@code
 * IL_1]}), so text from an unclosed {@code [} is held back until it closes or grows too long to be
 * a placeholder.
 */
final class StreamingUnmasker {
  /** Longer than any placeholder ({@code [DRIVER_LICENSE_999]}). */
  static final int MAX_PLACEHOLDER = 40;

  private final MaskingSession session;
  private final Consumer<Delta> sink;
  private final StringBuilder pending = new StringBuilder();
  private boolean emitted;

  StreamingUnmasker(MaskingSession session, Consumer<Delta> sink) {
    this.session = session;
    this.sink = sink;
  }

  void text(String piece) {
    pending.append(piece);
    int open = pending.lastIndexOf("[");
    boolean holdTail =
        open >= 0 && pending.indexOf("]", open) < 0 && pending.length() - open < MAX_PLACEHOLDER;
    int cut = holdTail ? open : pending.length();
    if (cut > 0) {
      emit(pending.substring(0, cut));
      pending.delete(0, cut);
    }
  }

  void flush() {
    if (!pending.isEmpty()) {
      emit(pending.toString());
      pending.setLength(0);
    }
  }

  /** Whether the caller has seen any text (then the call can no longer be retried). */
  boolean emittedAny() {
    return emitted;
  }

  private void emit(String text) {
    emitted = true;
    sink.accept(new Delta.TextDelta(session.unmask(text)));
  }
}
