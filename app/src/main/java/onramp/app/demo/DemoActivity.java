package onramp.app.demo;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import onramp.app.apply.Applications;
import onramp.app.apply.DocumentKind;
import onramp.app.apply.SignUp;
import onramp.app.gatewayadmin.AdminPolicy;
import onramp.app.gatewayadmin.ExceptionForm;
import onramp.app.review.QueueEntry;
import onramp.app.review.Reviews;
import onramp.app.system.config.ModelGateway;
import onramp.devtools.Finding;
import onramp.devtools.LineRange;
import onramp.devtools.dx.DxStore;
import onramp.devtools.dx.Fate;
import onramp.devtools.dx.ReviewRun;
import onramp.devtools.dx.SurveyResponse;
import onramp.gateway.CallMetadata;
import onramp.gateway.DataClass;
import onramp.gateway.GatewayException;
import onramp.gateway.ModelRequest;
import onramp.gateway.budget.BudgetKey;
import onramp.gateway.budget.Budgets;
import onramp.gateway.fake.FailOnDemand;
import onramp.gateway.fake.FakeVendorServer;
import onramp.gateway.keys.KeyGrant;
import onramp.gateway.keys.KeyStore;
import onramp.onboarding.Outcome;
import onramp.onboarding.corpus.CorpusWriter;
import onramp.workspace.Employee;
import onramp.workspace.RunListener;
import onramp.workspace.RunRequest;
import onramp.workspace.Workspace;
import onramp.workspace.WorkspaceException;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** One demo's activity, day by day, through the beans of the running application. */
final class DemoActivity {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};
  private static final String REVIEWER = "demo-reviewer";

  /** Synthetic employees: username, team. */
  private static final List<Employee> EMPLOYEES =
      List.of(
          new Employee("ava.support", "support", false),
          new Employee("ben.support", "support", false),
          new Employee("cai.support", "support", false),
          new Employee("dia.marketing", "marketing", false),
          new Employee("eli.marketing", "marketing", false),
          new Employee("fay.finance", "finance", false),
          new Employee("gus.engineering", "engineering", false),
          new Employee("hal.engineering", "engineering", false));

  private static final List<String> PROMPTS =
      List.of(
          "Draft a friendly reply to a rider asking why the fare was higher at night.",
          "Summarise this week's driver feedback themes in five bullet points.",
          "Rewrite this announcement about airport pick-up zones in plain language.",
          "Write three subject lines for the spring driver referral email.",
          "Explain the difference between surge pricing and scheduled-ride pricing.");

  /** Customer-data prompts: synthetic names and contacts the masking must take out. */
  private static final List<String> CUSTOMER_PROMPTS =
      List.of(
          "Reply to rider Jordan Example (jordan.example@example.com) about a lost phone on trip 4471.",
          "Apologise to Casey Sample, +1 555 010 0199, for the late pick-up on Tuesday.",
          "Summarise the complaint of rider Riley Placeholder (riley.p@example.org) in two lines.");

  private final ConfigurableApplicationContext context;
  private final DemoClock clock;
  private final FakeVendorServer fake;
  private final Random random;
  private final Path work;
  private final PrintStream err;
  private final Applications applications;
  private final Reviews reviews;
  private final JdbcClient jdbc;
  private final Map<UUID, String> expected = new HashMap<>();
  private final Map<String, KeyCaller> callers = new LinkedHashMap<>();

  /** Wall-clock seconds spent per product, for the summary (measured, not part of the counts). */
  final Map<String, Double> seconds = new LinkedHashMap<>();

  DemoActivity(
      ConfigurableApplicationContext context,
      DemoClock clock,
      FakeVendorServer fake,
      Random random,
      Path work,
      PrintStream err) {
    this.context = context;
    this.clock = clock;
    this.fake = fake;
    this.random = random;
    this.work = work;
    this.err = err;
    this.applications = context.getBean(Applications.class);
    this.reviews = context.getBean(Reviews.class);
    this.jdbc = JdbcClient.create(context.getBean(DataSource.class));
  }

  /** A gateway caller: a team's tool with its own virtual key. */
  record KeyCaller(String team, String tool, String user, String keyId, double perDay) {}

  /** Keys for the teams' tools, and budgets, as an administrator sets them. */
  void setUp() {
    KeyStore keys = context.getBean(KeyStore.class);
    Budgets budgets = context.getBean(Budgets.class);
    // budgets for the teams and tools gateway.yaml leaves out (no limit: every call refused)
    budgets.setLimit(BudgetKey.team("marketing"), new BigDecimal("40"));
    budgets.setLimit(BudgetKey.team("finance"), new BigDecimal("25"));
    budgets.setLimit(BudgetKey.team("data-platform"), new BigDecimal("60"));
    budgets.setLimit(BudgetKey.tool("ticket-summaries"), new BigDecimal("80"));
    budgets.setLimit(BudgetKey.tool("nightly-summaries"), new BigDecimal("60"));
    budgets.setLimit(BudgetKey.tool("campaign-drafts"), new BigDecimal("30"));
    for (KeyCaller c :
        List.of(
            new KeyCaller("support", "ticket-summaries", "svc-support", "", 6),
            new KeyCaller("engineering", "ts-assistant", "ci-bot", "", 5),
            new KeyCaller("data-platform", "nightly-summaries", "svc-data", "", 2),
            new KeyCaller("marketing", "campaign-drafts", "svc-marketing", "", 2))) {
      String id = keys.issue(KeyGrant.of(c.team(), c.tool())).key().id().toString();
      callers.put(c.tool(), new KeyCaller(c.team(), c.tool(), c.user(), id, c.perDay()));
    }
  }

  /** What one month made. */
  record Month(Map<String, Integer> counts) {
    String line() {
      return counts.toString();
    }
  }

  Month month(YearMonth month, LocalDate end, int perMonth, long seed) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    List<LocalDate> workdays = new ArrayList<>();
    for (LocalDate d = month.atDay(1); !d.isAfter(end); d = d.plusDays(1)) {
      if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
        workdays.add(d);
      }
    }
    int fullMonthWorkdays = 22;
    // growth: later months get more applications, as onboarding picks up
    int target =
        (int) Math.round(perMonth * Math.min(1.0, workdays.size() / (double) fullMonthWorkdays));
    // One corpus a month, so the month holds the generator's mix (its first applications cover
    // every scenario once, then the weighted mix); dated for the middle of the month.
    Path corpus = work.resolve("month-" + month);
    if (target > 0) {
      CorpusWriter.write(
          corpus,
          target,
          seed * 100_003L + month.getYear() * 12L + month.getMonthValue(),
          workdays.get(workdays.size() / 2),
          n -> {});
    }
    int made = 0;
    for (int i = 0; i < workdays.size(); i++) {
      LocalDate day = workdays.get(i);
      int today = (int) ((long) target * (i + 1) / workdays.size()) - made;
      int from = made;
      made += today;
      long t0 = System.nanoTime();
      applicationsOn(day, corpus, from, today, counts);
      reviewsOn(day, counts);
      long t1 = System.nanoTime();
      gatewayCallsOn(day, counts);
      long t2 = System.nanoTime();
      workspaceRunsOn(day, counts);
      long t3 = System.nanoTime();
      seconds.merge("onboarding", (t1 - t0) / 1e9, Double::sum);
      seconds.merge("gateway", (t2 - t1) / 1e9, Double::sum);
      seconds.merge("workspace", (t3 - t2) / 1e9, Double::sum);
      tsReviewsOn(day, counts);
      if (i == 2) {
        exceptionsIn(month, day, counts);
      }
      if (i == workdays.size() - 1) {
        surveyOn(day, month, counts);
      }
    }
    return new Month(counts);
  }

  private void applicationsOn(
      LocalDate day, Path dir, int from, int count, Map<String, Integer> counts) {
    if (count == 0) {
      return;
    }
    List<UUID> submitted = new ArrayList<>();
    int minute = 8 * 60;
    for (int i = from + 1; i <= from + count; i++) {
      Path app = dir.resolve(String.format("app-%04d", i));
      minute += 5 + random.nextInt(40);
      clock.set(at(day, minute));
      UUID id = submit(app);
      submitted.add(id);
      expected.put(id, (String) read(app.resolve("truth.json")).get("decision"));
      counts.merge("applications", 1, Integer::sum);
    }
    // the job queue checks them; the clock stands a few minutes after the last submission
    clock.set(at(day, minute + 3));
    waitUntilChecked(submitted);
  }

  private UUID submit(Path folder) {
    Map<String, Object> a = read(folder.resolve("application.json"));
    @SuppressWarnings("unchecked")
    Map<String, Object> address = (Map<String, Object>) a.getOrDefault("address", Map.of());
    SignUp form =
        new SignUp(
            str(a, "firstName"),
            str(a, "middleName"),
            str(a, "lastName"),
            str(a, "dateOfBirth"),
            str(a, "email"),
            str(a, "phone"),
            str(address, "street"),
            str(address, "city"),
            str(address, "state"),
            str(address, "postalCode"),
            str(a, "licenseState"),
            str(a, "licenseNumber"),
            str(a, "vehicleClass"),
            str(a, "firstDayOfEmployment"));
    UUID id = applications.signUp(form).id();
    for (DocumentKind kind : DocumentKind.values()) {
      file(folder, kind)
          .ifPresent(
              f -> {
                try {
                  applications.upload(id, kind, new ByteArrayInputStream(Files.readAllBytes(f)));
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    }
    applications.submit(id);
    return id;
  }

  private static Optional<Path> file(Path folder, DocumentKind kind) {
    List<String> names =
        switch (kind) {
          case DL_FRONT -> List.of("dl-front.png", "dl-front.jpg");
          case DL_BACK -> List.of("dl-back.png", "dl-back.jpg");
          case I9 -> List.of("i9.pdf", "i9-page1.png", "i9-page1.jpg");
        };
    return names.stream().map(folder::resolve).filter(Files::exists).findFirst();
  }

  private void waitUntilChecked(List<UUID> ids) {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
    while (true) {
      long open =
          jdbc.sql(
                  "SELECT count(*) FROM application a WHERE a.id IN (:ids)"
                      + " AND a.status IN ('RECEIVED', 'VERIFYING')"
                      // a job that failed is retried with backoff by the queue (serve goes on
                      // with it, and after the last retry a person decides): not waited for
                      + " AND NOT EXISTS (SELECT 1 FROM scheduled_tasks t"
                      + " WHERE t.task_instance = a.id::text || '#' || a.round"
                      + " AND t.consecutive_failures > 0)")
              .param("ids", ids)
              .query(Long.class)
              .single();
      if (open == 0) {
        return;
      }
      if (Instant.now().isAfter(deadline)) {
        throw new IllegalStateException(
            open + " applications were not checked within 5 minutes; is the job queue running?");
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while the applications were checked", e);
      }
    }
  }

  /**
   * The synthetic reviewer works the queue in the afternoon: most cases, oldest first, deciding as
   * the applicant's truth says (a careful reviewer), with a note naming why.
   */
  private void reviewsOn(LocalDate day, Map<String, Integer> counts) {
    List<QueueEntry> queue = reviews.queue(Optional.empty(), Optional.empty());
    int minute = 15 * 60;
    for (QueueEntry e : queue) {
      if (random.nextInt(10) >= 8) {
        continue; // left for another day: the queue has an age
      }
      minute += 3 + random.nextInt(15);
      clock.set(at(day, minute));
      reviews.open(e.id(), REVIEWER);
      String truth = expected.getOrDefault(e.id(), "APPROVED");
      Outcome decision = "REJECTED".equals(truth) ? Outcome.REJECTED : Outcome.APPROVED;
      String why = String.join(", ", e.reasonCodes());
      String note =
          decision == Outcome.APPROVED
              ? "Checked the documents by hand; " + why + " resolved, the licence is valid."
              : "Checked the documents by hand; " + why + " confirmed, cannot onboard.";
      reviews.decide(e.id(), REVIEWER, decision, note);
      counts.merge("reviewed", 1, Integer::sum);
    }
  }

  private void gatewayCallsOn(LocalDate day, Map<String, Integer> counts) {
    ModelGateway gateway = context.getBean(ModelGateway.class);
    int minute = 9 * 60;
    for (KeyCaller c : callers.values()) {
      int n = (int) Math.round(c.perDay() * (0.5 + random.nextDouble()));
      for (int i = 0; i < n; i++) {
        minute += 1 + random.nextInt(20);
        clock.set(at(day, minute));
        String model = random.nextInt(4) == 0 ? "claude-sonnet-4-5" : "claude-haiku-4-5";
        DataClass dataClass = DataClass.INTERNAL;
        int roll = random.nextInt(150); // a few refusals and failures a month
        if (roll == 0) {
          model = "claude-opus-4-1"; // not on the allowlist: refused
        } else if (roll == 1) {
          dataClass = DataClass.RESTRICTED; // no vendor agreement covers it: refused
        } else if (roll == 2) {
          fake.enqueue(FailOnDemand.parse("529")); // overloaded once: retried
        } else if (roll == 3) {
          fake.enqueue(
              FailOnDemand.parse("529"), FailOnDemand.parse("529"), FailOnDemand.parse("529"));
        } else if (roll == 4) {
          fake.enqueue(FailOnDemand.parse("429"));
        }
        CallMetadata meta =
            CallMetadata.of(c.team(), c.tool(), c.user(), dataClass, "demo:" + c.tool())
                .withKey(new CallMetadata.KeyRef(c.keyId(), false));
        try {
          gateway
              .gateway()
              .call(
                  ModelRequest.builder(model, meta)
                      .user("Summarise the attached notes for the weekly update. (" + i + ")")
                      .maxTokens(300)
                      .build());
          counts.merge("gatewayCalls", 1, Integer::sum);
        } catch (GatewayException e) {
          counts.merge("gatewayRefusedOrFailed", 1, Integer::sum);
        }
      }
    }
  }

  private void workspaceRunsOn(LocalDate day, Map<String, Integer> counts) {
    Workspace workspace = context.getBean(Workspace.class);
    int minute = 10 * 60;
    for (Employee who : EMPLOYEES) {
      if (random.nextInt(3) == 0) {
        continue; // not every employee uses it every day
      }
      int runs = 1 + random.nextInt(3);
      for (int i = 0; i < runs; i++) {
        minute += 2 + random.nextInt(10);
        clock.set(at(day, minute));
        boolean customer = who.team().equals("support") && random.nextInt(3) == 0;
        String text =
            customer
                ? CUSTOMER_PROMPTS.get(random.nextInt(CUSTOMER_PROMPTS.size()))
                : PROMPTS.get(random.nextInt(PROMPTS.size()));
        RunRequest request =
            new RunRequest(
                text,
                "",
                Optional.empty(),
                customer ? DataClass.CUSTOMER : DataClass.INTERNAL,
                random.nextInt(5) == 0 ? "claude-sonnet-4-5" : "claude-haiku-4-5",
                Optional.empty(),
                List.of(),
                List.of(),
                400);
        try {
          workspace.run(who, request, RunListener.NONE);
          counts.merge(customer ? "workspaceRunsCustomerData" : "workspaceRuns", 1, Integer::sum);
        } catch (WorkspaceException e) {
          counts.merge("workspaceRunsFailed", 1, Integer::sum);
        }
      }
    }
  }

  /** ML review decides exception requests: one granted (expiring), one refused. */
  private void exceptionsIn(YearMonth month, LocalDate day, Map<String, Integer> counts) {
    AdminPolicy policy = context.getBean(AdminPolicy.class);
    clock.set(at(day, 16 * 60));
    policy.decide(
        "demo-ml-reviewer",
        new ExceptionForm(
            "GRANTED",
            null,
            "claude-opus-4-1",
            "Quarterly fraud-pattern analysis by data-platform",
            "demo-ml-reviewer",
            "ML-" + month.getMonthValue() + "01",
            month.plusMonths(1).atDay(10).toString(),
            "Granted for one quarter's analysis; expires next month."));
    policy.decide(
        "demo-ml-reviewer",
        new ExceptionForm(
            "REFUSED",
            null,
            "claude-opus-4-1",
            "Marketing copy drafts",
            "demo-ml-reviewer",
            "ML-" + month.getMonthValue() + "02",
            null,
            "Refused: the allowed models are good enough for copy drafts."));
    counts.merge("exceptionsDecided", 2, Integer::sum);
  }

  private static final List<String> TS_TEAMS = List.of("payments", "rider-app", "driver-app");
  private static final List<String> RULES =
      List.of("null-safety", "unhandled-promise", "any-leak", "off-by-one", "stale-closure");

  /**
   * TypeScript reviews as {@code ./onramp ts review --record} records them (DxStore.recordRun) and
   * the fates {@code ./onramp ts feedback} records; the findings are synthetic, the
   * compiler-grounded review itself (tsc, eslint from npm) is not run here.
   */
  private void tsReviewsOn(LocalDate day, Map<String, Integer> counts) {
    DxStore dx = DxStore.on(context.getBean(DataSource.class), clock);
    int minute = 11 * 60;
    for (String team : TS_TEAMS) {
      int runs = random.nextInt(3);
      for (int r = 0; r < runs; r++) {
        minute += 5 + random.nextInt(30);
        clock.set(at(day, minute));
        List<Finding> findings = new ArrayList<>();
        int n = random.nextInt(4);
        for (int f = 0; f < n; f++) {
          int line = 1 + random.nextInt(200);
          findings.add(
              new Finding(
                  "src/" + team + "/fare" + random.nextInt(5) + ".ts",
                  new LineRange(line, line + random.nextInt(4)),
                  random.nextInt(6) == 0 ? Finding.Severity.BLOCKER : Finding.Severity.WARNING,
                  RULES.get(random.nextInt(RULES.size())),
                  "a synthetic finding of the demo",
                  random.nextBoolean() ? Finding.Source.TSC : Finding.Source.MODEL,
                  Optional.empty(),
                  Optional.empty(),
                  Finding.Verification.NONE));
        }
        long in = 3_000 + random.nextInt(20_000);
        long out = 300 + random.nextInt(2_000);
        BigDecimal cost =
            new BigDecimal(in * 3 + out * 15)
                .divide(new BigDecimal(1_000_000), 6, java.math.RoundingMode.HALF_UP);
        UUID run =
            dx.recordRun(
                new ReviewRun(
                    "github.com/theoretical-rides/" + team,
                    team,
                    "dev-" + team + "-" + random.nextInt(6),
                    Optional.of(Long.toHexString(random.nextLong())),
                    clock.instant(),
                    Duration.ofSeconds(20 + random.nextInt(90)),
                    findings,
                    new ReviewRun.Usage(true, in, out, cost)));
        counts.merge("tsReviews", 1, Integer::sum);
        for (int f = 1; f <= findings.size(); f++) {
          int roll = random.nextInt(10);
          if (roll < 5) {
            dx.recordFate(run, f, Fate.ACCEPTED, Fate.Origin.CLI, Optional.empty());
          } else if (roll < 7) {
            dx.recordFate(run, f, Fate.DISMISSED, Fate.Origin.CLI, Optional.empty());
          }
        }
      }
    }
  }

  /** The monthly wave of the three-question survey, a few answers per team. */
  private void surveyOn(LocalDate day, YearMonth month, Map<String, Integer> counts) {
    DxStore dx = DxStore.on(context.getBean(DataSource.class), clock);
    clock.set(at(day, 17 * 60));
    for (String team : TS_TEAMS) {
      for (int i = 0; i < 3 + random.nextInt(3); i++) {
        dx.recordSurvey(
            new SurveyResponse(
                team,
                month.getMonthValue(),
                clock.instant(),
                2 + random.nextInt(4),
                2 + random.nextInt(4),
                2 + random.nextInt(4)));
        counts.merge("surveyAnswers", 1, Integer::sum);
      }
    }
  }

  private static Instant at(LocalDate day, int minuteOfDay) {
    int m = Math.min(minuteOfDay, 23 * 60 + 59);
    return day.atStartOfDay(java.time.ZoneId.systemDefault()).toInstant().plusSeconds(m * 60L);
  }

  private static Map<String, Object> read(Path file) {
    try {
      return JSON.readValue(file.toFile(), MAP);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private static @org.jspecify.annotations.Nullable String str(Map<String, Object> m, String k) {
    Object v = m.get(k);
    return v == null ? null : v.toString();
  }

  static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary folder left behind is harmless
    }
  }
}
