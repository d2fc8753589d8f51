package onramp.gateway.bench;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import onramp.gateway.CallMetadata;
import onramp.gateway.DataClass;
import onramp.gateway.ModelAdapter;
import onramp.gateway.ModelRequest;
import onramp.gateway.ModelResponse;
import onramp.gateway.StopReason;
import onramp.gateway.Usage;
import onramp.gateway.Vendor;
import onramp.gateway.adapter.anthropic.AnthropicAdapter;
import onramp.gateway.adapter.anthropic.DirectSettings;
import onramp.gateway.audit.InMemoryAuditLog;
import onramp.gateway.budget.BudgetKey;
import onramp.gateway.budget.InMemoryBudgets;
import onramp.gateway.fake.FakeVendorServer;
import onramp.gateway.governed.Gateway;
import onramp.gateway.masking.MaskingContext;
import onramp.gateway.masking.PatternMasker;
import onramp.gateway.masking.PersonalDataMasker;
import onramp.gateway.metering.ModelPrice;
import onramp.gateway.metering.PriceTable;
import onramp.gateway.policy.ModelRoute;
import onramp.gateway.policy.Policy;
import onramp.gateway.resilience.Resilience;

/**
 * What the gateway adds to a call, measured in-process with all governance on (policy, budget
 * reservation and settlement, masking and unmasking, retries and breaker, metering, audit;
 * in-memory budget and audit). Two comparisons from one run, calls interleaved: (1) through the
 * fake vendor server over loopback HTTP with the real SDK, gateway vs the same adapter called
 * directly; (2) against an in-process adapter that answers at once, which isolates the overhead.
 */
public final class GatewayBenchmark {
  private static final Vendor VENDOR = Vendor.of("anthropic");
  private static final String TEXT =
      "Driver applicant Jane Roe (jane.roe@example.com, SSN 123-45-6789) asks why her licence "
          + "upload failed. She tried twice from the app on order 88412, version 4.2.1, and paid $35. "
          + "Please draft a short, friendly reply explaining that the photo was blurred. ";

  private GatewayBenchmark() {}

  public static void main(String[] args) {
    System.out.println(run(args.length > 0 ? Integer.parseInt(args[0]) : 2000));
  }

  /** Runs {@code calls} measured calls of each kind (after a warm-up) and reports the numbers. */
  public static String run(int calls) {
    PersonalDataMasker masker = masker();
    ModelRequest request =
        ModelRequest.builder(
                "bench-model",
                CallMetadata.of("bench", "bench", "bench", DataClass.CUSTOMER, "benchmark"))
            .system("You answer rider and driver messages for Theoretical Ride Sharing.")
            .user(TEXT.repeat(4))
            .maxTokens(500)
            .masking(MaskingContext.names("Jane Roe"))
            .build();
    StringBuilder out = new StringBuilder();
    out.append("Gateway overhead benchmark, ")
        .append(calls)
        .append(" calls each, masker: ")
        .append(masker.getClass().getName())
        .append('\n');
    try (FakeVendorServer fake = FakeVendorServer.start().recording(false);
        ModelAdapter http =
            AnthropicAdapter.direct(
                new DirectSettings(
                    VENDOR, "sk-bench", Optional.of(fake.baseUri()), Duration.ofSeconds(30)))) {
      ModelRequest vendorRequest = request.withModel("claude-bench");
      Gateway viaHttp = gateway(http, masker);
      out.append(
          compare(
              "fake server over HTTP (SDK)",
              calls,
              () -> http.doCall(vendorRequest),
              () -> viaHttp.call(request)));
    }
    ModelAdapter instant = new InstantAdapter();
    Gateway inProcess = gateway(instant, masker);
    ModelRequest vendorRequest = request.withModel("claude-bench");
    out.append(
        compare(
            "in-process adapter",
            calls * 5,
            () -> instant.doCall(vendorRequest),
            () -> inProcess.call(request)));
    Gateway unmasked = gateway(instant, new NoMasker());
    out.append(
        compare(
            "in-process adapter, masking off",
            calls * 5,
            () -> instant.doCall(vendorRequest),
            () -> unmasked.call(request)));
    out.append(maskingThroughput(masker));
    return out.toString();
  }

  /** Where the benchmark's responses end up, so that the JIT cannot drop the calls. */
  @SuppressWarnings("unused")
  private static volatile int blackhole;

  private static String compare(
      String label, int calls, Supplier<ModelResponse> direct, Supplier<ModelResponse> governed) {
    int warmup = Math.max(200, calls / 5);
    // The responses feed a sink so that neither call can be optimised away.
    int sink = 0;
    for (int i = 0; i < warmup; i++) {
      sink ^= direct.get().hashCode();
      sink ^= governed.get().hashCode();
    }
    long[] d = new long[calls];
    long[] g = new long[calls];
    for (int i = 0; i < calls; i++) {
      long t0 = System.nanoTime();
      sink ^= direct.get().hashCode();
      long t1 = System.nanoTime();
      sink ^= governed.get().hashCode();
      long t2 = System.nanoTime();
      d[i] = t1 - t0;
      g[i] = t2 - t1;
    }
    blackhole = sink;
    Arrays.sort(d);
    Arrays.sort(g);
    long d50 = pct(d, 50), d99 = pct(d, 99), g50 = pct(g, 50), g99 = pct(g, 99);
    return String.format(
        "%s: direct p50 %.1f µs, p99 %.1f µs | gateway p50 %.1f µs, p99 %.1f µs | added p50 %.1f µs, p99 %.1f µs | ratio p50 %.2f%n",
        label,
        d50 / 1e3,
        d99 / 1e3,
        g50 / 1e3,
        g99 / 1e3,
        (g50 - d50) / 1e3,
        (g99 - d99) / 1e3,
        (double) g50 / d50);
  }

  private static String maskingThroughput(PersonalDataMasker masker) {
    String mb = TEXT.repeat(1 + (1 << 20) / TEXT.length());
    for (int i = 0; i < 3; i++) {
      masker.open(MaskingContext.none()).mask(mb);
    }
    int rounds = 10;
    long t0 = System.nanoTime();
    for (int i = 0; i < rounds; i++) {
      masker.open(MaskingContext.names("Jane Roe")).mask(mb);
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    return String.format(
        "masking throughput: %.1f MB/s (%d chars × %d)%n",
        mb.length() * (double) rounds / seconds / 1e6, mb.length(), rounds);
  }

  private static long pct(long[] sorted, int p) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
  }

  private static Gateway gateway(ModelAdapter adapter, PersonalDataMasker masker) {
    Policy policy =
        Policy.of(
            List.of(ModelRoute.allowed("bench-model", VENDOR, "claude-bench")),
            Map.of(VENDOR, Set.of(DataClass.values())),
            List.of());
    InMemoryBudgets budgets = InMemoryBudgets.create(java.time.Clock.systemUTC());
    budgets.setLimit(BudgetKey.team("bench"), new BigDecimal("1000000000"));
    budgets.setLimit(BudgetKey.tool("bench"), new BigDecimal("1000000000"));
    return Gateway.builder(
            policy, PriceTable.of(Map.of("bench-model", ModelPrice.of("3", "15"))), masker)
        .adapter(adapter)
        .budgets(budgets)
        .audit(InMemoryAuditLog.create())
        .resilience(Resilience.defaults())
        .build();
  }

  /** The masker the gateway runs with in production. */
  static PersonalDataMasker masker() {
    return PatternMasker.standard();
  }

  /** Masks nothing: separates the masker's cost from the rest of the governance. */
  private static final class NoMasker implements PersonalDataMasker {
    @Override
    public List<onramp.gateway.masking.DetectedEntity> detect(String text, MaskingContext context) {
      return List.of();
    }

    @Override
    public onramp.gateway.masking.MaskingSession open(MaskingContext context) {
      return onramp.gateway.masking.MaskingSession.passThrough();
    }
  }

  /** Answers at once, echoing the last message (placeholders included), like a very fast vendor. */
  private static final class InstantAdapter implements ModelAdapter {
    @Override
    public Vendor vendor() {
      return VENDOR;
    }

    @Override
    public ModelResponse doCall(ModelRequest request) {
      String last = request.messages().get(request.messages().size() - 1).text();
      return new ModelResponse(
          "Echo: " + last.substring(0, Math.min(200, last.length())),
          Optional.empty(),
          StopReason.END_TURN,
          new Usage(400, 120, 0, 0, 0),
          Duration.ZERO,
          "req_instant",
          request.model());
    }
  }
}
