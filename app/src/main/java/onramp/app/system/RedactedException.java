package onramp.app.system;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A copy of an exception chain for the log: same classes and stack frames, messages withheld, since
 * a message may quote what a person sent (a parser echoing its input, a driver echoing a row).
 */
final class RedactedException extends RuntimeException {
  private static final int MAX_DEPTH = 16;

  private RedactedException(Throwable original, @Nullable RedactedException cause) {
    super(
        original.getClass().getName() + " (message withheld: it may hold personal data)",
        cause,
        false,
        true);
    setStackTrace(original.getStackTrace());
  }

  static RedactedException of(Throwable original) {
    List<Throwable> chain = new ArrayList<>();
    for (Throwable t = original; t != null && chain.size() < MAX_DEPTH; t = t.getCause()) {
      chain.add(t);
    }
    RedactedException copy = null;
    for (int i = chain.size() - 1; i >= 0; i--) {
      copy = new RedactedException(chain.get(i), copy);
    }
    return copy == null ? new RedactedException(original, null) : copy;
  }
}
