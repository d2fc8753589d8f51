package onramp.gateway.bench.load;

import java.util.Locale;
import java.util.OptionalDouble;

/** The Markdown summary of a {@link LoadReport}: tables a person reads, then the verdict. */
final class Summary {
  private Summary() {}

  static String markdown(LoadReport r) {
    StringBuilder md = new StringBuilder();
    Machine m = r.machine();
    LoadReport.Settings s = r.settings();
    md.append("# Gateway service under load\n\n");
    md.append(
        f(
            "Run %s on %d cores (%s), load average %.2f before and %.2f after; %s; PostgreSQL %s"
                + " (synchronous_commit %s); %s; %s.\n\n",
            r.started(),
            m.cores(),
            m.cpu(),
            m.loadBefore(),
            m.loadAfter(),
            m.java(),
            m.postgres(),
            m.synchronousCommit(),
            m.wrk(),
            m.nginx()));
    md.append(
        f(
            "Load: %s. %d requests/s for %d s per target after %d s of warm-up; the same ~1 KB"
                + " Messages request (CUSTOMER data with an e-mail address and a phone number) to"
                + " every target. Budgets: %s; keys and audit: PostgreSQL. Latencies in ms, as wrk"
                + " measured them.\n\n",
            s.loadGenerator(), s.rate(), s.seconds(), s.warmupSeconds(), s.budgets()));
    md.append("## At the asked rate\n\n");
    md.append(
        "| target | rate asked | achieved | requests | errors | late sends | p50 | p90 | p99 |"
            + " p99.9 | max | load avg |\n");
    md.append(
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
    for (LoadResult x : r.main()) {
      md.append(row(x));
    }
    md.append("\n| added over direct | p50 | p90 | p99 |\n| --- | ---: | ---: | ---: |\n");
    md.append(added("nginx", r.nginxAdded()));
    md.append(added("gateway", r.gatewayAdded()));
    md.append(
        f(
            "\nGateway-added over nginx-added: %s at p50, %s at p99. Anchors: LiteLLM reports 12 ms"
                + " median added; Bifrost 59 µs on 2 vCPU.\n\n",
            ratio(r.ratioP50()), ratio(r.ratioP99())));
    md.append("Masking on the way out: ").append(r.masking()).append("\n\n");
    md.append(
        "CPU per request in the main runs (ms; this JVM hosts the fake vendor and the gateway):\n\n");
    md.append(
        "| target | this JVM | PostgreSQL backends | nginx |\n| --- | ---: | ---: | ---: |\n");
    r.cpu()
        .forEach(
            (t, c) ->
                md.append(
                    f("| %s | %.3f | %.3f | %.3f |\n", t, c.jvmMs(), c.postgresMs(), c.nginxMs())));
    CpuMeter.PerRequest gc = r.cpu().get("gateway");
    CpuMeter.PerRequest dc = r.cpu().get("direct");
    if (gc != null && dc != null) {
      double own = gc.jvmMs() - dc.jvmMs() + gc.postgresMs();
      md.append(
          f(
              "\nThe gateway's own cost: %.3f ms of CPU per call in the JVM (gateway run minus direct"
                  + " run) and %.3f ms in PostgreSQL; %.3f ms in all, so at most ~%.0f calls/s on"
                  + " %d cores with nothing else running.\n\n",
              gc.jvmMs() - dc.jvmMs(),
              gc.postgresMs(),
              own,
              own > 0 ? m.cores() * 1000 / own : 0,
              m.cores()));
    }
    Instrumented.Breakdown b = r.breakdown();
    md.append("## Inside the gateway (its main run, per call)\n\n");
    md.append(
        "| step | mean | p50 | p90 | p99 | max |\n| --- | ---: | ---: | ---: | ---: | ---: |\n");
    md.append(step("budget reservation (1 transaction: 3 UPDATE + INSERT)", b.reserve()));
    md.append(step("vendor call (SDK over loopback to the fake)", b.vendor()));
    md.append(step("budget settlement (1 transaction: DELETE + 3 UPDATE)", b.settle()));
    md.append(step("audit record (1 INSERT, autocommit)", b.audit()));
    md.append(
        "\nEverything else (HTTP, JSON, key check, policy, masking and unmasking, waiting for a"
            + " thread) is the gateway's total minus these.\n");
    if (!r.breakdownByRate().isEmpty()) {
      md.append("\nBy rate of the sweep (ms; p50 / p99 of each step):\n\n");
      md.append("| rate | reservation | vendor call | settlement | audit |\n");
      md.append("| ---: | ---: | ---: | ---: | ---: |\n");
      new java.util.TreeMap<>(r.breakdownByRate())
          .forEach(
              (rate, x) ->
                  md.append(
                      f(
                          "| %d | %s | %s | %s | %s |\n",
                          rate,
                          pair(x.reserve()),
                          pair(x.vendor()),
                          pair(x.settle()),
                          pair(x.audit()))));
    }
    if (!r.vendorErrors().isEmpty()) {
      md.append("\nFailed vendor attempts (the gateway retries them):\n\n");
      r.vendorErrors().forEach((k, v) -> md.append(f("- %d × %s\n", v, k)));
    }
    md.append("\n## Streaming (`\"stream\": true`, one call at a time, JDK HTTP client)\n\n");
    Streaming st = r.streaming();
    md.append("| target | first byte p50 | p90 | p99 | first text delta p50 | whole p50 |\n");
    md.append("| --- | ---: | ---: | ---: | ---: | ---: |\n");
    md.append(stream("direct", st.direct()));
    md.append(stream("gateway", st.gateway()));
    md.append(
        f(
            "\nAdded time to first byte: p50 %s ms, p99 %s ms over %d calls each (%d failed).\n\n",
            ms(st.addedFirstByte().p50Us()),
            ms(st.addedFirstByte().p99Us()),
            st.calls(),
            st.failures()));
    if (!r.sweep().isEmpty()) {
      md.append(
          f(
              "## Rate sweep (%d s a step; held = no error, p99 under 50 ms, 95%% of the rate"
                  + " achieved)\n\n",
              s.sweepSeconds()));
      md.append(
          "| target | rate asked | achieved | requests | errors | late sends | p50 | p90 | p99 |"
              + " p99.9 | max | load avg | held |\n");
      md.append(
          "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |\n");
      for (LoadResult x : r.sweep()) {
        md.append(row(x).stripTrailing()).append(x.held() ? " yes |\n" : " no |\n");
      }
      md.append("\nHighest rate held: ");
      md.append(
          String.join(
              ", ",
              r.highestHeld().entrySet().stream()
                  .map(e -> e.getKey() + " " + (e.getValue() == 0 ? "none" : e.getValue() + "/s"))
                  .toList()));
      md.append(".\n\n");
    }
    Ledger l = r.ledger();
    md.append("## Ledger after the run\n\n");
    md.append(
        f(
            "%d calls audited (%d OK, %d failed %s), cost %s USD; reserved %d, settled %d, released"
                + " %d; vendor attempts %d audited, %d made; clients saw %d answered 200 and %d"
                + " errors (up to %d more could be in flight when wrk stopped); open reservations"
                + " %d.\n\n",
            l.audited(),
            l.auditedOk(),
            l.auditedFailed(),
            l.failedByCode(),
            l.auditedCostUsd().toPlainString(),
            l.reservations(),
            l.settlements(),
            l.releases(),
            l.auditedAttempts(),
            l.vendorCalls(),
            l.clientAnswered200(),
            l.clientNon2xx(),
            l.abandonBound(),
            l.openReservations()));
    md.append("| budget | limit USD | spent USD | reserved USD |\n| --- | ---: | ---: | ---: |\n");
    for (Ledger.Budget x : l.budgets()) {
      md.append(
          f(
              "| %s %s | %s | %s | %s |\n",
              x.scope(),
              x.name().length() > 12 ? x.name().substring(0, 8) + "…" : x.name(),
              x.limitUsd().stripTrailingZeros().toPlainString(),
              x.spentUsd().stripTrailingZeros().toPlainString(),
              x.reservedUsd().stripTrailingZeros().toPlainString()));
    }
    md.append(
        l.passed()
            ? "\nThe ledger balances.\n\n"
            : "\nThe ledger does NOT balance:\n- " + String.join("\n- ", l.failures()) + "\n\n");
    md.append(
        "## Verdict (issue 11's targets)\n\n| target | measured | met |\n| --- | --- | --- |\n");
    for (LoadReport.Verdict v : r.verdicts()) {
      md.append(f("| %s | %s | %s |\n", v.target(), v.measured(), v.met() ? "yes" : "**no**"));
    }
    return md.toString();
  }

  private static String row(LoadResult x) {
    Latency l = x.latency();
    return f(
        "| %s | %d | %.0f | %d | %d | %d | %s | %s | %s | %s | %s | %.2f |\n",
        x.target(),
        x.rate(),
        x.achievedRate(),
        x.requests(),
        x.errors(),
        x.lateSlots(),
        ms(l.p50Us()),
        ms(l.p90Us()),
        ms(l.p99Us()),
        ms(l.p999Us()),
        ms(l.maxUs()),
        x.loadBefore());
  }

  private static String added(String name, Latency.Added a) {
    return f("| %s | %s | %s | %s |\n", name, ms(a.p50Us()), ms(a.p90Us()), ms(a.p99Us()));
  }

  private static String step(String name, Latency l) {
    return f(
        "| %s | %s | %s | %s | %s | %s |\n",
        name,
        f("%.3f", l.meanUs() / 1000),
        ms(l.p50Us()),
        ms(l.p90Us()),
        ms(l.p99Us()),
        ms(l.maxUs()));
  }

  private static String pair(Latency l) {
    return ms(l.p50Us()) + " / " + ms(l.p99Us());
  }

  private static String stream(String name, Streaming.Side s) {
    return f(
        "| %s | %s | %s | %s | %s | %s |\n",
        name,
        ms(s.firstByte().p50Us()),
        ms(s.firstByte().p90Us()),
        ms(s.firstByte().p99Us()),
        ms(s.firstTextDelta().p50Us()),
        ms(s.whole().p50Us()));
  }

  static String ms(long us) {
    return f("%.3f", us / 1000.0);
  }

  private static String ratio(OptionalDouble r) {
    return r.isPresent() ? f("%.1f×", r.getAsDouble()) : "n/a (nginx's added time is not positive)";
  }

  private static String f(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }
}
