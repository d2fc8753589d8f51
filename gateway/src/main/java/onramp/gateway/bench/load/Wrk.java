package onramp.gateway.bench.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs wrk at a constant rate with {@code constant-rate.lua}: the same request body and headers for
 * every target, two threads, enough connections that one is free at each send slot.
 */
final class Wrk {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int THREADS = 2;

  private final Path wrk;
  private final Path script;
  private final Path body;
  private final String apiKey;

  private Wrk(Path wrk, Path script, Path body, String apiKey) {
    this.wrk = wrk;
    this.script = script;
    this.body = body;
    this.apiKey = apiKey;
  }

  /** Writes the script and the body under {@code dir}. */
  static Wrk in(Path dir, Path wrk, byte[] body, String apiKey) throws IOException {
    Path script = dir.resolve("constant-rate.lua");
    try (InputStream in = Wrk.class.getResourceAsStream("constant-rate.lua")) {
      if (in == null) {
        throw new IOException("constant-rate.lua is missing from the classpath");
      }
      Files.write(script, in.readAllBytes());
    }
    Path bodyFile = dir.resolve("request.json");
    Files.write(bodyFile, body);
    return new Wrk(wrk, script, bodyFile, apiKey);
  }

  /**
   * Connections for a rate: one per 10 requests/s, at least 8 and at most 128 (the JDK's HTTP
   * server keeps 200 idle connections; past that it closes them).
   */
  static int connections(int rate) {
    return Math.max(8, Math.min(128, rate / 10));
  }

  LoadResult run(String target, URI base, int rate, int seconds) {
    int connections = connections(rate);
    double periodMs = 1000.0 * THREADS / rate;
    List<String> command =
        List.of(
            wrk.toString(),
            "-t",
            Integer.toString(THREADS),
            "-c",
            Integer.toString(connections),
            "-d",
            seconds + "s",
            "--timeout",
            "5s",
            "-s",
            script.toString(),
            base.resolve("/v1/messages").toString(),
            "--",
            String.format(Locale.ROOT, "%.4f", periodMs),
            body.toString(),
            apiKey);
    double load = Machine.loadAverage();
    String out = exec(command, seconds + 60L);
    JsonNode r = parse(out, command);
    long requests = r.path("requests").asLong();
    double durationS = r.path("duration_us").asDouble() / 1e6;
    Latency latency =
        new Latency(
            requests,
            r.path("mean_us").asDouble(),
            r.path("p50_us").asLong(),
            r.path("p90_us").asLong(),
            r.path("p99_us").asLong(),
            r.path("p999_us").asLong(),
            r.path("max_us").asLong());
    return new LoadResult(
        target,
        rate,
        seconds,
        connections,
        requests,
        durationS > 0 ? requests / durationS : 0,
        r.path("status_errors").asLong(),
        r.path("connect_errors").asLong()
            + r.path("read_errors").asLong()
            + r.path("write_errors").asLong(),
        r.path("timeouts").asLong(),
        r.path("late_slots").asLong(),
        r.path("max_late_ms").asDouble(),
        latency,
        load);
  }

  private static String exec(List<String> command, long timeoutSeconds) {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      byte[] out = p.getInputStream().readAllBytes();
      if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IllegalStateException("wrk did not finish in " + timeoutSeconds + " s");
      }
      return new String(out, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("could not run wrk: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while wrk ran", e);
    }
  }

  private static JsonNode parse(String out, List<String> command) {
    Optional<String> line =
        out.lines().filter(l -> l.startsWith("WRK_JSON ")).reduce((a, b) -> b); // the last one
    if (line.isEmpty()) {
      throw new IllegalStateException(
          "wrk printed no result line; command "
              + String.join(" ", command.subList(0, command.size() - 1))
              + " … printed:\n"
              + out);
    }
    try {
      return JSON.readTree(line.get().substring("WRK_JSON ".length()));
    } catch (IOException e) {
      throw new IllegalStateException("wrk's result line is not JSON: " + line.get(), e);
    }
  }
}
