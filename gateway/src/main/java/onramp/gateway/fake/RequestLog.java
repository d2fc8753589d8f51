package onramp.gateway.fake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The fake vendor's {@code --record DIR}: each request as one JSON file ({@code
 * 000001-anthropic.json}: wire, path, headers, body), numbered in arrival order. Credentials are
 * not written: the headers that carry them read {@code <redacted>}.
 */
final class RequestLog {
  private static final Set<String> CREDENTIALS =
      Set.of("authorization", "x-api-key", "x-amz-security-token", "api-key");
  private final Path dir;
  private final AtomicLong count = new AtomicLong();

  private RequestLog(Path dir) {
    this.dir = dir;
  }

  static RequestLog in(Path dir) {
    try {
      Files.createDirectories(dir);
      return new RequestLog(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot make the record folder " + dir, e);
    }
  }

  void write(ReceivedRequest req) {
    ObjectNode out = WireFormats.JSON.createObjectNode();
    out.put("wire", req.wire().name().toLowerCase(Locale.ROOT));
    out.put("path", req.path());
    ObjectNode headers = out.putObject("headers");
    req.headers().entrySet().stream()
        .sorted(java.util.Map.Entry.comparingByKey())
        .forEach(
            h ->
                headers.put(
                    h.getKey(),
                    CREDENTIALS.contains(h.getKey())
                        ? "<redacted>"
                        : String.join(", ", h.getValue())));
    try {
      out.set("body", WireFormats.JSON.readTree(req.body()));
    } catch (JsonProcessingException e) {
      out.put("body", req.body());
    }
    String name =
        String.format(
            Locale.ROOT,
            "%06d-%s.json",
            count.incrementAndGet(),
            req.wire().name().toLowerCase(Locale.ROOT));
    try {
      Files.writeString(dir.resolve(name), out.toPrettyString() + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + dir.resolve(name), e);
    }
  }
}
