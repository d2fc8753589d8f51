package onramp.gateway.bench.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import javax.sql.DataSource;
import onramp.gateway.fake.ReceivedRequest;

/**
 * The gateway service under load, in one run ({@code ./onramp bench gateway-load}): the fake vendor
 * directly, nginx in front of it, and the gateway in front of it, each at the same constant rate
 * with the same request; then streamed calls timed to the first byte, a rate sweep, and a check
 * that the budget ledger balances. Writes {@code results.json} and {@code summary.md}.
 */
public final class LoadBenchmark {
  static final String LOAD_GENERATOR =
      "wrk 4.1 (Debian) paced to a constant rate by constant-rate.lua (a send slot every"
          + " 1/rate s per thread; latency measured from the actual send)";
  private static final List<String> TARGETS = List.of("direct", "nginx", "gateway");

  private LoadBenchmark() {}

  /** Where each target listens. */
  private record Targets(URI direct, URI nginx, URI gateway) {
    URI uri(String target) {
      return switch (target) {
        case "direct" -> direct;
        case "nginx" -> nginx;
        case "gateway" -> gateway;
        default -> throw new IllegalArgumentException("no target " + target);
      };
    }
  }

  /**
   * Runs the benchmark against {@code db}, an empty database with the gateway's migrations applied.
   *
   * @throws IllegalStateException when wrk or nginx is missing and cannot be installed
   */
  public static LoadReport run(LoadSettings settings, DataSource db) throws IOException {
    LoadTools tools =
        LoadTools.locate(true)
            .orElseThrow(() -> new IllegalStateException(LoadTools.HOW_TO_INSTALL));
    Path out = settings.out().toAbsolutePath();
    Files.createDirectories(out);
    String started = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    Machine machine = Machine.describe(tools, db);
    Ledger.ClientTally tally = new Ledger.ClientTally();
    List<LoadResult> main = new ArrayList<>();
    List<LoadResult> sweep = new ArrayList<>();
    Map<String, Integer> highest = new LinkedHashMap<>();
    Map<Integer, Instrumented.Breakdown> gatewayByRate = new java.util.TreeMap<>();
    Map<String, Long> vendorErrors;
    Map<String, CpuMeter.PerRequest> cpu = new LinkedHashMap<>();
    Instrumented.Breakdown breakdown;
    Streaming streaming;
    String masking;
    Ledger ledger;
    try (BenchGateway gw = BenchGateway.start(db, settings.budgetsInMemory());
        NginxProxy nginx = NginxProxy.start(tools.nginx(), out.resolve("nginx"), gw.fakePort())) {
      Targets targets = new Targets(gw.fake.baseUri(), nginx.baseUri(), gw.baseUri());
      HttpProbe probe = new HttpProbe(gw.key.secret());
      masking = checkTargets(probe, targets, gw);
      tally.addAnswered(1);
      Wrk wrk = Wrk.in(out, tools.wrk(), BenchRequest.body(false), gw.key.secret());
      CpuMeter meter = new CpuMeter(db, nginx.handle());
      for (String t : TARGETS) {
        say(
            "%s: %d requests/s, %d s warm-up + %d s",
            t, settings.rate(), settings.warmupSeconds(), settings.seconds());
        if (settings.warmupSeconds() > 0) {
          count(t, wrk.run(t, targets.uri(t), settings.rate(), settings.warmupSeconds()), tally);
        }
        gw.instruments.awaitIdle(Duration.ofSeconds(60));
        gw.instruments.resetTimings();
        CpuMeter.Reading before = meter.read();
        LoadResult r =
            count(t, wrk.run(t, targets.uri(t), settings.rate(), settings.seconds()), tally);
        cpu.put(t, before.perRequest(r.requests()));
        main.add(r);
      }
      breakdown = gw.instruments.breakdown();
      gw.instruments.awaitIdle(Duration.ofSeconds(60));
      say("streaming: %d calls each, one at a time", settings.streamingCalls());
      streaming =
          Streaming.measure(probe, targets.direct(), targets.gateway(), settings.streamingCalls());
      tally.addAnswered(streaming.gatewayAnswered());
      for (String t : TARGETS) {
        int held = 0;
        for (int rate : settings.sweepRates()) {
          say("sweep: %s at %d requests/s for %d s", t, rate, settings.sweepSeconds());
          gw.instruments.resetTimings();
          LoadResult r = count(t, wrk.run(t, targets.uri(t), rate, settings.sweepSeconds()), tally);
          sweep.add(r);
          gw.instruments.awaitIdle(Duration.ofSeconds(120));
          if (t.equals("gateway")) {
            gatewayByRate.put(rate, gw.instruments.breakdown());
          }
          if (!r.held()) {
            break;
          }
          held = rate;
        }
        if (!settings.sweepRates().isEmpty()) {
          highest.put(t, held);
        }
      }
      gw.instruments.awaitIdle(Duration.ofSeconds(120));
      ledger = Ledger.check(db, gw, tally);
      vendorErrors = gw.instruments.vendorErrors();
    }
    LoadReport report =
        report(
            started,
            machine.withLoadAfter(),
            settings,
            main,
            masking,
            streaming,
            new Inside(breakdown, gatewayByRate, vendorErrors, cpu),
            sweep,
            highest,
            ledger);
    report.write(out);
    return report;
  }

  /** The gateway from the inside: its main run, each sweep step, the vendor's failures. */
  private record Inside(
      Instrumented.Breakdown main,
      Map<Integer, Instrumented.Breakdown> byRate,
      Map<String, Long> vendorErrors,
      Map<String, CpuMeter.PerRequest> cpu) {}

  private static LoadResult count(String target, LoadResult r, Ledger.ClientTally tally) {
    if (target.equals("gateway")) {
      tally.add(r);
    }
    return r;
  }

  /**
   * One call to each target before any load: all answer 200, and the gateway's answer has the
   * e-mail back while the vendor received a placeholder. Returns what the vendor received instead.
   */
  private static String checkTargets(HttpProbe probe, Targets targets, BenchGateway gw) {
    byte[] body = BenchRequest.body(false);
    for (String t : List.of("direct", "nginx")) {
      HttpResponse<String> r = probe.post(targets.uri(t), body);
      if (r.statusCode() != 200) {
        throw new IllegalStateException(t + " answered " + r.statusCode() + ": " + r.body());
      }
    }
    gw.fake.reset();
    gw.fake.recording(true);
    HttpResponse<String> r = probe.post(targets.gateway(), body);
    gw.fake.recording(false);
    if (r.statusCode() != 200 || !r.body().contains(BenchRequest.EMAIL)) {
      throw new IllegalStateException(
          "the gateway answered "
              + r.statusCode()
              + " without the rider's e-mail back: "
              + r.body());
    }
    ReceivedRequest sent = gw.fake.lastReceived();
    gw.fake.reset();
    if (sent.body().contains(BenchRequest.EMAIL) || sent.body().contains(BenchRequest.PHONE)) {
      throw new IllegalStateException("the vendor received the rider's e-mail or phone unmasked");
    }
    List<String> placeholders = new ArrayList<>();
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("\\[[A-Z_]+_\\d+\\]").matcher(sent.body());
    while (m.find()) {
      placeholders.add(m.group());
    }
    return "the vendor received "
        + String.join(", ", placeholders)
        + " instead of the e-mail and phone; the client got them back";
  }

  private static LoadReport report(
      String started,
      Machine machine,
      LoadSettings s,
      List<LoadResult> main,
      String masking,
      Streaming streaming,
      Inside inside,
      List<LoadResult> sweep,
      Map<String, Integer> highest,
      Ledger ledger) {
    Latency direct = find(main, "direct").latency();
    Latency.Added nginx = find(main, "nginx").latency().minus(direct);
    LoadResult gatewayRun = find(main, "gateway");
    Latency.Added gateway = gatewayRun.latency().minus(direct);
    List<LoadReport.Verdict> verdicts = new ArrayList<>();
    verdicts.add(
        new LoadReport.Verdict(
            "added latency p50 <= 1 ms",
            Summary.ms(gateway.p50Us()) + " ms",
            gateway.p50Us() <= 1000));
    verdicts.add(
        new LoadReport.Verdict(
            "added latency p99 <= 5 ms",
            Summary.ms(gateway.p99Us()) + " ms",
            gateway.p99Us() <= 5000));
    verdicts.add(
        new LoadReport.Verdict(
            s.rate() + " requests/s held for " + s.seconds() + " s",
            String.format(
                Locale.ROOT,
                "%.0f/s achieved, %d late sends",
                gatewayRun.achievedRate(),
                gatewayRun.lateSlots()),
            gatewayRun.achievedRate() >= 0.95 * s.rate()));
    verdicts.add(
        new LoadReport.Verdict(
            "0 errors", gatewayRun.errors() + " errors", gatewayRun.errors() == 0));
    verdicts.add(
        new LoadReport.Verdict(
            "0 overspend (spent <= limit, ledger balances)",
            ledger.passed() ? "balances" : String.join("; ", ledger.failures()),
            !ledger.overspent() && ledger.passed()));
    verdicts.add(
        new LoadReport.Verdict(
            "streaming time to first byte added <= 2 ms (p50)",
            Summary.ms(streaming.addedFirstByte().p50Us()) + " ms",
            streaming.addedFirstByte().p50Us() <= 2000 && streaming.failures() == 0));
    long ttft =
        streaming.gateway().firstTextDelta().p50Us() - streaming.direct().firstTextDelta().p50Us();
    verdicts.add(
        new LoadReport.Verdict(
            "streaming time to first token (first text delta) added <= 2 ms (p50)",
            Summary.ms(ttft) + " ms",
            ttft <= 2000 && streaming.failures() == 0));
    return new LoadReport(
        started,
        machine,
        new LoadReport.Settings(
            s.rate(),
            s.seconds(),
            s.warmupSeconds(),
            s.sweepRates(),
            s.sweepSeconds(),
            s.streamingCalls(),
            LOAD_GENERATOR,
            s.budgetsInMemory() ? "in memory (experiment)" : "PostgreSQL"),
        List.copyOf(main),
        nginx,
        gateway,
        ratio(gateway.p50Us(), nginx.p50Us()),
        ratio(gateway.p99Us(), nginx.p99Us()),
        masking,
        streaming,
        inside.main(),
        Map.copyOf(inside.byRate()),
        Map.copyOf(inside.vendorErrors()),
        inside.cpu(),
        List.copyOf(sweep),
        Map.copyOf(highest),
        ledger,
        List.copyOf(verdicts));
  }

  private static OptionalDouble ratio(long gateway, long nginx) {
    return nginx > 0 ? OptionalDouble.of((double) gateway / nginx) : OptionalDouble.empty();
  }

  private static LoadResult find(List<LoadResult> results, String target) {
    return results.stream().filter(r -> r.target().equals(target)).findFirst().orElseThrow();
  }

  private static void say(String format, Object... args) {
    System.err.println("gateway load benchmark: " + String.format(Locale.ROOT, format, args));
  }
}
