package onramp.gateway.bench.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Everything one run measured; written as {@code results.json} and {@code summary.md}.
 *
 * @param main each target at the asked rate: direct, nginx, gateway
 * @param nginxAdded what nginx adds to the direct call, percentile by percentile
 * @param gatewayAdded what the gateway adds
 * @param ratioP50 gateway-added over nginx-added at p50 (empty when nginx added nothing)
 * @param masking what the fake vendor received in place of the e-mail and phone number
 * @param breakdown the gateway's steps, timed inside it during its main run
 * @param breakdownByRate the same for each rate of the sweep
 * @param vendorErrors the gateway's failed vendor attempts, by exception and root cause
 * @param cpu per target's main run, CPU milliseconds per request by process
 * @param highestHeld per target, the highest rate of the sweep held (0: none)
 */
public record LoadReport(
    String started,
    Machine machine,
    Settings settings,
    List<LoadResult> main,
    Latency.Added nginxAdded,
    Latency.Added gatewayAdded,
    OptionalDouble ratioP50,
    OptionalDouble ratioP99,
    String masking,
    Streaming streaming,
    Instrumented.Breakdown breakdown,
    Map<Integer, Instrumented.Breakdown> breakdownByRate,
    Map<String, Long> vendorErrors,
    Map<String, CpuMeter.PerRequest> cpu,
    List<LoadResult> sweep,
    Map<String, Integer> highestHeld,
    Ledger ledger,
    List<Verdict> verdicts) {

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(new Jdk8Module())
          .enable(SerializationFeature.INDENT_OUTPUT);

  /** The settings as written out. */
  record Settings(
      int rate,
      int seconds,
      int warmupSeconds,
      List<Integer> sweepRates,
      int sweepSeconds,
      int streamingCalls,
      String loadGenerator,
      String budgets) {}

  /** One target of issue 11 and whether this run met it. */
  public record Verdict(String target, String measured, boolean met) {}

  public LoadResult result(String target) {
    return main.stream().filter(r -> r.target().equals(target)).findFirst().orElseThrow();
  }

  public boolean ledgerBalances() {
    return ledger.passed();
  }

  public List<String> ledgerFailures() {
    return ledger.failures();
  }

  public Optional<Verdict> verdict(String startingWith) {
    return verdicts.stream().filter(v -> v.target().startsWith(startingWith)).findFirst();
  }

  public String markdown() {
    return Summary.markdown(this);
  }

  public String json() {
    try {
      return JSON.writeValueAsString(this);
    } catch (IOException e) {
      throw new IllegalStateException("could not write the results as JSON", e);
    }
  }

  void write(Path dir) throws IOException {
    Files.writeString(dir.resolve("results.json"), json());
    Files.writeString(dir.resolve("summary.md"), markdown());
  }
}
