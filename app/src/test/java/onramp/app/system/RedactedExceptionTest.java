package onramp.app.system;

import static java.util.Objects.requireNonNull;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

class RedactedExceptionTest {
  @Test
  void keepsTheClassesAndFramesOfTheWholeChainButNoMessage() {
    IOException root = new IOException("cannot parse 'Jane Synthetic'");
    UncheckedIOException top = new UncheckedIOException("reading applicant Jane Synthetic", root);

    RedactedException redacted = RedactedException.of(top);

    assertThat(redacted.getMessage())
        .isEqualTo("java.io.UncheckedIOException (message withheld: it may hold personal data)");
    assertThat(redacted.getStackTrace()).isEqualTo(top.getStackTrace());
    assertThat(requireNonNull(redacted.getCause()).getMessage())
        .startsWith("java.io.IOException (message withheld");
    assertThat(redacted.getCause().getCause()).isNull();
  }

  @Test
  void stopsAtACycleInsteadOfLoopingForever() {
    Exception a = new Exception("a");
    Exception b = new Exception("b", a);
    a.initCause(b);

    RedactedException redacted = RedactedException.of(a);

    int depth = 0;
    for (Throwable t = redacted; t != null; t = t.getCause()) {
      depth++;
    }
    assertThat(depth).isEqualTo(16);
  }
}
