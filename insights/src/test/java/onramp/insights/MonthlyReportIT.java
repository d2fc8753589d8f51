package onramp.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import onramp.testkit.TestDatabase;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Every figure of the report against the same figure recomputed here, in Java, from the raw rows
 * this test inserts (random, seeded): the SQL is checked, not restated.
 */
class MonthlyReportIT {
  static final ReportMonth OCTOBER = ReportMonth.parse("2026-10");
  static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");
  static final String[] TEAMS = {"support", "growth", "finance"};
  static final String[] TOOLS = {
    "workspace", "licence-front-reader", "i9-page-reader", "ts-assistant"
  };
  static final String[] MODELS = {"claude-sonnet", "claude-haiku"};

  static TestDatabase db;
  static PGSimpleDataSource ds;
  static final Random random = new Random(20261014);

  // What was inserted, to recompute from.
  record App(Instant submitted, @Nullable Instant decided, @Nullable String finalDecision) {}

  record Call(
      Instant at,
      String team,
      String tool,
      String model,
      BigDecimal cost,
      String outcome,
      @Nullable String code,
      int attempts) {}

  record Run(
      Instant started,
      String user,
      String team,
      @Nullable String template,
      String dataClass,
      String status,
      Map<String, Integer> masked) {}

  record Override(Instant at, List<String> reasons) {}

  static final List<App> apps = new ArrayList<>();
  static final List<Call> calls = new ArrayList<>();
  static final List<Run> runs = new ArrayList<>();
  static final List<Override> overrides = new ArrayList<>();
  static long systemDecisionsInOctober;
  static Report report;

  @BeforeAll
  static void insertAndReport() throws Exception {
    db =
        new TestDatabase(
            "insights",
            "classpath:db/migration",
            "classpath:db/gateway",
            "classpath:db/workspace",
            "classpath:db/devtools",
            "classpath:db/insights");
    ds = new PGSimpleDataSource();
    ds.setURL(db.url());
    ds.setUser("postgres");
    try (Connection c = ds.getConnection()) {
      insertApplications(c);
      insertCalls(c);
      insertRuns(c);
      insertGovernance(c);
    }
    report =
        new MonthlyReport(
                ds,
                Clock.fixed(NOW, ZoneOffset.UTC),
                DeveloperImpact.Source.unavailable("not wired in this test"))
            .figures(OCTOBER);
  }

  @AfterAll
  static void drop() throws Exception {
    db.close();
  }

  static Instant inMonth(ReportMonth m) {
    long span = Duration.between(m.start(), m.end()).toSeconds();
    return m.start().plusSeconds((long) (random.nextDouble() * span));
  }

  static void insertApplications(Connection c) throws Exception {
    ReportMonth[] months = {ReportMonth.parse("2026-08"), ReportMonth.parse("2026-09"), OCTOBER};
    try (PreparedStatement app =
            c.prepareStatement(
                "INSERT INTO application (id, status, applicant, round, submitted_at, decided_at, created_at) VALUES (?, ?, '{}', 1, ?, ?, ?)");
        PreparedStatement dec =
            c.prepareStatement(
                "INSERT INTO decision (application_id, decision, reasons, decided_at, decided_by, round, reviews) VALUES (?, ?, ?::jsonb, ?, ?, 1, ?) RETURNING id")) {
      for (int i = 0; i < 160; i++) {
        ReportMonth m = months[random.nextInt(months.length)];
        Instant submitted = inMonth(m);
        UUID id = UUID.randomUUID();
        boolean decided = random.nextInt(10) < 8;
        Instant systemAt = submitted.plusSeconds(60 + random.nextInt(3600));
        Instant finalAt = submitted.plusSeconds(random.nextInt(12 * 86400));
        if (finalAt.isBefore(systemAt)) {
          finalAt = systemAt;
        }
        String system = List.of("APPROVED", "REJECTED", "NEEDS_REVIEW").get(random.nextInt(3));
        List<String> reasons =
            system.equals("APPROVED")
                ? List.of()
                : List.of("LICENCE_EXPIRED", "NAME_MISMATCH").subList(0, 1 + random.nextInt(2));
        String reviewer =
            decided && random.nextBoolean()
                ? (random.nextBoolean() ? "APPROVED" : "REJECTED")
                : null;
        String finalDecision =
            reviewer != null ? reviewer : system.equals("NEEDS_REVIEW") ? null : system;
        if (finalDecision == null) {
          decided = false;
        }
        app.setObject(1, id);
        app.setString(2, decided ? "DECIDED" : "IN_REVIEW");
        app.setTimestamp(3, Timestamp.from(submitted));
        app.setTimestamp(4, decided ? Timestamp.from(finalAt) : null);
        app.setTimestamp(5, Timestamp.from(submitted));
        app.executeUpdate();
        dec.setObject(1, id);
        dec.setString(2, system);
        dec.setString(
            3,
            reasons.stream()
                .map(r -> "{\"code\":\"" + r + "\",\"severity\":\"REVIEW\"}")
                .collect(Collectors.joining(",", "[", "]")));
        dec.setTimestamp(4, Timestamp.from(systemAt));
        dec.setString(5, "system");
        dec.setObject(6, null);
        long systemId;
        try (var rs = dec.executeQuery()) {
          rs.next();
          systemId = rs.getLong(1);
        }
        if (!systemAt.isBefore(OCTOBER.start()) && systemAt.isBefore(OCTOBER.end())) {
          systemDecisionsInOctober++;
        }
        if (reviewer != null) {
          dec.setObject(1, id);
          dec.setString(2, reviewer);
          dec.setString(3, "[]");
          dec.setTimestamp(4, Timestamp.from(finalAt));
          dec.setString(5, "reviewer-" + random.nextInt(3));
          dec.setLong(6, systemId);
          dec.executeQuery().close();
          if (!system.equals("NEEDS_REVIEW") && !system.equals(reviewer)) {
            overrides.add(new Override(finalAt, reasons));
          }
        }
        apps.add(new App(submitted, decided ? finalAt : null, decided ? finalDecision : null));
      }
    }
  }

  static void insertCalls(Connection c) throws Exception {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO gateway_audit (call_id, at, user_id, team, tool, purpose, data_class, vendor, model, cost_usd, latency_ms, attempts, outcome, error_code)"
                + " VALUES (?, ?, 'u', ?, ?, 'p', 'INTERNAL', 'anthropic', ?, ?, 100, ?, ?, ?)")) {
      for (int i = 0; i < 400; i++) {
        ReportMonth m = random.nextInt(4) == 0 ? ReportMonth.parse("2026-09") : OCTOBER;
        int kind = random.nextInt(10);
        String outcome = kind < 7 ? "OK" : kind < 9 ? "FAILED" : "REFUSED";
        String code =
            switch (outcome) {
              case "FAILED" ->
                  List.of(
                          "VENDOR_RATE_LIMITED",
                          "VENDOR_OVERLOADED",
                          "VENDOR_TIMEOUT",
                          "CIRCUIT_OPEN")
                      .get(random.nextInt(4));
              case "REFUSED" ->
                  List.of("BUDGET_EXCEEDED", "MODEL_NOT_ALLOWED").get(random.nextInt(2));
              default -> null;
            };
        Call call =
            new Call(
                inMonth(m),
                TEAMS[random.nextInt(TEAMS.length)],
                TOOLS[random.nextInt(TOOLS.length)],
                MODELS[random.nextInt(MODELS.length)],
                outcome.equals("REFUSED")
                    ? BigDecimal.ZERO
                    : new BigDecimal(random.nextInt(100000)).movePointLeft(5),
                outcome,
                code,
                outcome.equals("REFUSED")
                    ? 0
                    : 1 + (random.nextInt(5) == 0 ? random.nextInt(3) : 0));
        ps.setObject(1, UUID.randomUUID());
        ps.setTimestamp(2, Timestamp.from(call.at()));
        ps.setString(3, call.team());
        ps.setString(4, call.tool());
        ps.setString(5, call.model());
        ps.setBigDecimal(6, call.cost());
        ps.setInt(7, call.attempts());
        ps.setString(8, call.outcome());
        ps.setString(9, call.code());
        ps.executeUpdate();
        calls.add(call);
      }
    }
    try (var s = c.createStatement()) {
      s.execute(
          "INSERT INTO gateway_budget_limit (scope, name, limit_usd) VALUES ('TEAM', 'support', 5), ('TOOL', 'workspace', 1000)");
    }
  }

  static void insertRuns(Connection c) throws Exception {
    try (var s = c.createStatement()) {
      for (String t : TEAMS) {
        for (int u = 0; u < 4; u++) {
          s.execute(
              "INSERT INTO workspace_employee (username, team, created_at) VALUES ('"
                  + t
                  + "-"
                  + u
                  + "', '"
                  + t
                  + "', now())");
        }
      }
    }
    try (PreparedStatement conv =
            c.prepareStatement(
                "INSERT INTO workspace_conversation (id, username, team, title, data_class, wrapped_key, kek_id, created_at, updated_at) VALUES (?, ?, ?, 't', 'INTERNAL', '\\x00', 'k', now(), now())");
        PreparedStatement run =
            c.prepareStatement(
                "INSERT INTO workspace_run (id, conversation_id, seq, username, team, template_id, model, data_class, status, masked_counts, started_at, prompt_sealed)"
                    + " VALUES (?, ?, 1, ?, ?, ?, 'claude-sonnet', ?, ?, ?::jsonb, ?, '\\x00')")) {
      for (int i = 0; i < 120; i++) {
        String team = TEAMS[random.nextInt(TEAMS.length)];
        String user = team + "-" + random.nextInt(4);
        ReportMonth m = random.nextInt(5) == 0 ? ReportMonth.parse("2026-11") : OCTOBER;
        Map<String, Integer> masked = new TreeMap<>();
        if (random.nextBoolean()) {
          masked.put("PERSON", 1 + random.nextInt(3));
        }
        if (random.nextInt(3) == 0) {
          masked.put("EMAIL", 1 + random.nextInt(2));
        }
        Run r =
            new Run(
                inMonth(m),
                user,
                team,
                random.nextInt(3) == 0 ? null : "summary-" + random.nextInt(3),
                List.of("PUBLIC", "INTERNAL", "CUSTOMER", "RESTRICTED").get(random.nextInt(4)),
                List.of("COMPLETE", "COMPLETE", "PARTIAL", "FAILED", "REFUSED")
                    .get(random.nextInt(5)),
                masked);
        UUID conversation = UUID.randomUUID();
        conv.setObject(1, conversation);
        conv.setString(2, user);
        conv.setString(3, team);
        conv.executeUpdate();
        run.setObject(1, UUID.randomUUID());
        run.setObject(2, conversation);
        run.setString(3, user);
        run.setString(4, team);
        run.setString(5, r.template());
        run.setString(6, r.dataClass());
        run.setString(7, r.status());
        run.setString(
            8,
            masked.entrySet().stream()
                .map(e -> "\"" + e.getKey() + "\":" + e.getValue())
                .collect(Collectors.joining(",", "{", "}")));
        run.setTimestamp(9, Timestamp.from(r.started()));
        run.executeUpdate();
        runs.add(r);
      }
    }
  }

  static void insertGovernance(Connection c) throws Exception {
    try (var s = c.createStatement()) {
      s.execute(
          """
          INSERT INTO gateway_policy_exception (id, vendor, model, purpose, approver, ticket, expires, status, decided_at) VALUES
            (gen_random_uuid(), 'openai', 'gpt-x', 'translation', 'ciso', 'SEC-1', '2026-11-20', 'GRANTED', '2026-10-05T10:00:00Z'),
            (gen_random_uuid(), 'openai', 'gpt-y', 'summaries', 'ciso', 'SEC-2', '2027-06-01', 'GRANTED', '2026-10-06T10:00:00Z'),
            (gen_random_uuid(), 'mistral', 'm-large', 'code', 'ciso', 'SEC-3', NULL, 'REFUSED', '2026-10-07T10:00:00Z'),
            (gen_random_uuid(), 'openai', 'gpt-z', 'code', 'ciso', 'SEC-4', '2027-09-01', 'GRANTED', '2026-09-07T10:00:00Z')""");
      s.execute(
          "INSERT INTO eval_run (recorded_at, split, corpus, cases, correct) VALUES"
              + " ('2026-10-20T00:00:00Z', 'heldout', 'specimens-v2', 200, 183),"
              + " ('2026-10-02T00:00:00Z', 'heldout', 'specimens-v1', 100, 80),"
              + " ('2026-10-20T00:00:00Z', 'dev', 'specimens-v2', 300, 290)");
      s.execute(
          "INSERT INTO demo_run (first_month, last_month, seed) VALUES ('2026-09-01', '2026-10-01', 42)");
    }
  }

  static boolean inOctober(@Nullable Instant t) {
    return t != null && !t.isBefore(OCTOBER.start()) && t.isBefore(OCTOBER.end());
  }

  /** PostgreSQL's percentile_cont: linear interpolation between the two nearest ranks. */
  static double percentile(List<Double> values, double p) {
    List<Double> v = values.stream().sorted().toList();
    double pos = p * (v.size() - 1);
    int lo = (int) Math.floor(pos);
    int hi = (int) Math.ceil(pos);
    return v.get(lo) + (v.get(hi) - v.get(lo)) * (pos - lo);
  }

  @Test
  void timeToDecisionMatchesTheApplicationsDecidedInTheMonth() {
    List<Double> hours =
        apps.stream()
            .filter(a -> inOctober(a.decided()))
            .map(
                a ->
                    Duration.between(a.submitted(), java.util.Objects.requireNonNull(a.decided()))
                            .toMillis()
                        / 3_600_000.0)
            .toList();
    Onboarding o = report.onboarding();
    assertThat(o.decided()).isEqualTo(hours.size()).isPositive();
    assertThat(o.p50Hours()).isCloseTo(percentile(hours, 0.5), within(1e-6));
    assertThat(o.p95Hours()).isCloseTo(percentile(hours, 0.95), within(1e-6));
    assertThat(o.submitted())
        .isEqualTo(apps.stream().filter(a -> inOctober(a.submitted())).count());
    assertThat(o.approved())
        .isEqualTo(
            apps.stream()
                .filter(a -> inOctober(a.decided()) && "APPROVED".equals(a.finalDecision()))
                .count());
    assertThat(o.history()).hasSize(MonthlyReport.MONTHS);
    assertThat(o.history().get(MonthlyReport.MONTHS - 1).month()).isEqualTo(OCTOBER);
  }

  @Test
  void overridesAreReviewerDecisionsThatContradictTheSystem() {
    List<Override> october = overrides.stream().filter(x -> inOctober(x.at())).toList();
    Map<String, Long> byReason = new HashMap<>();
    october.forEach(
        x ->
            (x.reasons().isEmpty() ? List.of("(no reason)") : x.reasons())
                .forEach(r -> byReason.merge(r, 1L, Long::sum)));
    assertThat(report.onboarding().overrides()).isEqualTo(october.size());
    assertThat(report.onboarding().overridesByReason()).isEqualTo(byReason);
    assertThat(report.onboarding().systemDecisions()).isEqualTo(systemDecisionsInOctober);
  }

  @Test
  void queueHoldsWhatWasSubmittedAndNotDecidedByMonthEnd() {
    Instant end = OCTOBER.end();
    List<Double> ages =
        apps.stream()
            .filter(
                a ->
                    a.submitted().isBefore(end)
                        && (a.decided() == null || !a.decided().isBefore(end)))
            .map(a -> Duration.between(a.submitted(), end).toMillis() / 86_400_000.0)
            .toList();
    assertThat(report.onboarding().queueOpen()).isEqualTo(ages.size());
    assertThat(report.onboarding().queueP50Days()).isCloseTo(percentile(ages, 0.5), within(1e-6));
    assertThat(report.onboarding().queueOver7Days())
        .isEqualTo(ages.stream().filter(d -> d > 7).count());
  }

  @Test
  void spendAddsUpTheMonthsCallsByTeamToolAndModel() {
    List<Call> october = calls.stream().filter(x -> inOctober(x.at())).toList();
    Spend s = report.spend();
    assertThat(s.total()).isEqualByComparingTo(sum(october));
    assertThat(s.calls()).isEqualTo(october.size());
    assertThat(asMap(s.byTeam())).isEqualTo(group(october, Call::team));
    assertThat(asMap(s.byTool())).isEqualTo(group(october, Call::tool));
    assertThat(asMap(s.byModel())).isEqualTo(group(october, Call::model));
    assertThat(s.forecast()).isEqualByComparingTo(s.total()); // a past month: the total itself
    BigDecimal supportSpend = group(october, Call::team).get("support");
    assertThat(s.budgets())
        .anySatisfy(
            b -> {
              assertThat(b.name()).isEqualTo("support");
              assertThat(b.spent()).isEqualByComparingTo(supportSpend);
            });
    long approved = report.onboarding().approved();
    BigDecimal readers =
        october.stream()
            .filter(x -> x.tool().endsWith("reader"))
            .map(Call::cost)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(s.perOnboardedDriver().orElseThrow().doubleValue())
        .isCloseTo(readers.doubleValue() / approved, within(1e-9));
    long octoberRuns = runs.stream().filter(r -> inOctober(r.started())).count();
    BigDecimal workspace =
        java.util.Objects.requireNonNull(group(october, Call::tool).get("workspace"));
    assertThat(s.perWorkspaceRun().orElseThrow().doubleValue())
        .isCloseTo(workspace.doubleValue() / octoberRuns, within(1e-9));
    assertThat(s.perReviewedPr()).isEmpty(); // no review run recorded
    BigDecimal september =
        sum(calls.stream().filter(x -> x.at().isBefore(OCTOBER.start())).toList());
    assertThat(s.history().get(MonthlyReport.MONTHS - 2).usd()).isEqualByComparingTo(september);
  }

  @Test
  void adoptionCountsTheMonthsRunsPeopleAndMaskedEntities() {
    List<Run> october = runs.stream().filter(r -> inOctober(r.started())).toList();
    Adoption a = report.adoption();
    assertThat(a.runs()).isEqualTo(october.size());
    assertThat(a.activeUsers()).isEqualTo(october.stream().map(Run::user).distinct().count());
    assertThat(a.customerDataRuns())
        .isEqualTo(
            october.stream()
                .filter(r -> r.dataClass().equals("CUSTOMER") || r.dataClass().equals("RESTRICTED"))
                .count());
    Map<String, Long> masked = new HashMap<>();
    october.forEach(r -> r.masked().forEach((k, v) -> masked.merge(k, (long) v, Long::sum)));
    assertThat(a.maskedByType()).isEqualTo(masked);
    Map<String, Long> templates =
        october.stream()
            .collect(
                Collectors.groupingBy(
                    r -> r.template() == null ? "(no template)" : r.template(),
                    Collectors.counting()));
    assertThat(
            a.runsByTemplate().stream()
                .collect(Collectors.toMap(Adoption.Count::name, Adoption.Count::n)))
        .isEqualTo(templates);
    // October 2026 touches 5 ISO weeks (Mon 28 Sep … Mon 26 Oct).
    Map<String, Set<String>> perTeamWeek = new HashMap<>();
    october.forEach(
        r -> {
          LocalDate d = r.started().atZone(ZoneOffset.UTC).toLocalDate();
          LocalDate monday = d.minusDays(d.getDayOfWeek().getValue() - 1L);
          perTeamWeek.computeIfAbsent(r.team() + "|" + monday, k -> new HashSet<>()).add(r.user());
        });
    Map<String, Double> wau = new HashMap<>();
    perTeamWeek.forEach(
        (k, users) -> wau.merge(k.split("\\|")[0], users.size() / 5.0, Double::sum));
    wau.forEach(
        (team, v) -> assertThat(a.weeklyActiveByTeam().get(team)).isCloseTo(v, within(1e-9)));
    assertThat(a.weeklyActiveByTeam()).hasSameSizeAs(wau);
  }

  @Test
  void governanceCountsExceptionsRefusalsIncidentsAndAuditCompleteness() {
    Governance g = report.governance();
    assertThat(g.exceptionsGranted()).isEqualTo(2);
    assertThat(g.exceptionsRefused()).isEqualTo(1);
    assertThat(g.expiring()).extracting(Governance.Expiring::ticket).containsExactly("SEC-1");
    List<Call> october = calls.stream().filter(x -> inOctober(x.at())).toList();
    assertThat(g.refusalsByCode())
        .isEqualTo(
            october.stream()
                .filter(x -> x.outcome().equals("REFUSED"))
                .collect(
                    Collectors.groupingBy(x -> String.valueOf(x.code()), Collectors.counting())));
    assertThat(g.incidentsByCode())
        .isEqualTo(
            october.stream()
                .filter(x -> x.outcome().equals("FAILED"))
                .collect(
                    Collectors.groupingBy(x -> String.valueOf(x.code()), Collectors.counting())));
    assertThat(g.retries())
        .isEqualTo(october.stream().mapToLong(x -> Math.max(0, x.attempts() - 1)).sum());
    assertThat(g.callsRetried()).isEqualTo(october.stream().filter(x -> x.attempts() > 1).count());
    long sent =
        runs.stream().filter(r -> inOctober(r.started()) && !r.status().equals("REFUSED")).count();
    long audited =
        october.stream()
            .filter(x -> x.tool().equals("workspace") && !x.outcome().equals("REFUSED"))
            .count();
    assertThat(g.workspaceRunsSent()).isEqualTo(sent);
    assertThat(g.workspaceCallsAudited()).isEqualTo(audited);
  }

  @Test
  void evaluationShowsTheLatestRunOfEachSplit() {
    assertThat(report.evaluation().latest())
        .extracting(Evaluation.Run::split, Evaluation.Run::corpus, Evaluation.Run::correct)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("dev", "specimens-v2", 290),
            org.assertj.core.groups.Tuple.tuple("heldout", "specimens-v2", 183));
  }

  @Test
  void supplyModelFollowsItsFormulaWithTheStoredParameters() {
    Supply s = report.supply();
    double saved = 7 - report.onboarding().p50Hours() / 24;
    double central = report.onboarding().approved() * (1 - Math.pow(1 - 0.03, saved)) * 0.60;
    assertThat(s.daysSaved().orElseThrow()).isCloseTo(saved, within(1e-9));
    assertThat(s.extraActive().central()).isCloseTo(central, within(1e-9));
    assertThat(s.extraTrips().central()).isCloseTo(central * 120, within(1e-6));
    assertThat(s.extraActive().low()).isLessThan(central);
    assertThat(s.extraActive().high()).isGreaterThan(central);
    assertThat(s.parameters())
        .extracting(Supply.Parameter::basis)
        .contains("ASSUMPTION", "MEASURED");
  }

  @Test
  void demoMonthsAreMarkedAndOthersAreNot() {
    assertThat(report.demo()).isPresent();
    Report august =
        new MonthlyReport(
                ds, Clock.fixed(NOW, ZoneOffset.UTC), m -> new DeveloperImpact.Unknown("-"))
            .figures(ReportMonth.parse("2026-08"));
    assertThat(august.demo()).isEmpty();
  }

  @Test
  void decisionsDueNameTheExpiringExceptionAndTheOverspentBudget() {
    assertThat(report.decisionsDue())
        .anyMatch(d -> d.contains("SEC-1"))
        .anyMatch(d -> d.contains("team support"));
  }

  @Test
  void aFutureMonthIsReportedAsNotStarted() {
    Report future =
        new MonthlyReport(
                ds, Clock.fixed(NOW, ZoneOffset.UTC), m -> new DeveloperImpact.Unknown("-"))
            .figures(ReportMonth.parse("2027-03"));
    assertThat(future.state()).isEqualTo(Report.State.FUTURE);
    assertThat(future.empty()).isTrue();
  }

  @Test
  void htmlAndPdfCarryTheBannerTheFiguresAndEmbeddedFonts() throws Exception {
    String html = onramp.insights.render.ReportHtml.render(report, "");
    assertThat(html)
        .contains("DEMO DATA — synthetic activity")
        .contains("<svg")
        .doesNotContain("<script");
    byte[] pdf = onramp.insights.render.ReportPdf.render(html);
    java.nio.file.Files.createDirectories(java.nio.file.Path.of("target"));
    java.nio.file.Files.writeString(java.nio.file.Path.of("target/report-it.html"), html);
    java.nio.file.Files.write(java.nio.file.Path.of("target/report-it.pdf"), pdf);
    try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
      assertThat(text)
          .contains("DEMO DATA")
          .contains("Onboarding speed")
          .contains("Driver supply")
          .contains("Governance");
      Set<String> fonts = new HashSet<>();
      for (var page : doc.getPages()) {
        for (var name : page.getResources().getFontNames()) {
          var font = page.getResources().getFont(name);
          fonts.add(font.getName() + (font.isEmbedded() ? "+embedded" : ""));
        }
      }
      assertThat(fonts)
          .allMatch(f -> f.endsWith("+embedded"))
          .anyMatch(f -> f.contains("LiberationSans"));
    }
  }

  static BigDecimal sum(List<Call> calls) {
    return calls.stream().map(Call::cost).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  static Map<String, BigDecimal> group(
      List<Call> calls, java.util.function.Function<Call, String> key) {
    Map<String, BigDecimal> m = new TreeMap<>();
    calls.forEach(x -> m.merge(key.apply(x), x.cost(), BigDecimal::add));
    m.replaceAll((k, v) -> v.stripTrailingZeros());
    return m;
  }

  static Map<String, BigDecimal> asMap(List<Spend.Share> shares) {
    Map<String, BigDecimal> m = new TreeMap<>(Comparator.naturalOrder());
    shares.forEach(s -> m.put(s.name(), s.usd().stripTrailingZeros()));
    return m;
  }
}
