package onramp.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.zaxxer.hikari.HikariDataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import onramp.gateway.DataClass;
import onramp.gateway.Usage;
import onramp.gateway.audit.PostgresAuditLog;
import onramp.gateway.budget.BudgetKey;
import onramp.gateway.budget.PostgresBudgets;
import onramp.gateway.config.GatewayConfig;
import onramp.gateway.config.GatewayFactory;
import onramp.gateway.fake.FakeVendorServer;
import onramp.gateway.fake.Script;
import onramp.gateway.governed.Gateway;
import onramp.gateway.masking.EntityType;
import onramp.gateway.masking.PatternMasker;
import onramp.gateway.masking.Replacement;
import onramp.testkit.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The workspace over the real gateway (default configuration routed to the fake vendor on loopback:
 * Bedrock wire, the official SDK), budgets and audit in a real PostgreSQL. Assertions are on what
 * the fake vendor received.
 */
class WorkspaceIT {
  static TestDatabase database;
  static HikariDataSource pool;
  static FakeVendorServer fake;
  static Gateway gateway;
  static PostgresBudgets budgets;
  static Workspace workspace;
  static final Clock CLOCK = Clock.systemUTC();

  static final Employee ANA = new Employee("ana", "support", false);
  static final Employee BEN = new Employee("ben", "support", false);

  static final String COMPLAINT =
      "My name is Jane Roe. My driver overcharged me on 2026-11-30. Call me at (415) 555-0134 or"
          + " write to jane.roe@example.com; I live at 1200 Market Street, San Francisco, CA 94102."
          + " My card 4111 1111 1111 1111 was charged twice. SSN 536-22-8147 is on file.";

  @BeforeAll
  static void start() throws Exception {
    database = new TestDatabase("workspace", "classpath:db/gateway", "classpath:db/workspace");
    pool = database.pool(4);
    fake = FakeVendorServer.start();
    budgets = PostgresBudgets.create(pool, CLOCK);
    gateway =
        GatewayFactory.create(
            GatewayConfig.parse(
                new String(
                    GatewayFactory.defaultConfigYaml(), java.nio.charset.StandardCharsets.UTF_8)),
            PatternMasker.standard(),
            budgets,
            PostgresAuditLog.create(pool),
            name ->
                name.equals(GatewayFactory.FAKE_VENDOR_ENV)
                    ? Optional.of(fake.baseUri().toString())
                    : Optional.empty());
    workspace =
        new Workspace(
            () -> Optional.of(gateway),
            new Conversations(pool, new TestSealing()),
            new Employees(pool, CLOCK),
            CLOCK,
            200_000);
  }

  @AfterAll
  static void stop() throws Exception {
    gateway.close();
    fake.close();
    pool.close();
    database.close();
  }

  @BeforeEach
  void clean() {
    fake.reset();
  }

  static RunRequest ask(String text, DataClass dataClass) {
    return new RunRequest(
        text,
        "",
        Optional.empty(),
        dataClass,
        "claude-haiku-4-5",
        Optional.empty(),
        List.of(),
        List.of(),
        1024);
  }

  @Test
  void customerDataIsMaskedBeforeItLeavesAndRestoredInTheAnswer() {
    RunResult run = workspace.run(ANA, ask(COMPLAINT, DataClass.CUSTOMER), RunListener.NONE);

    String sent = fake.lastReceived().body();
    assertThat(sent)
        .doesNotContain(
            "536-22-8147",
            "4111 1111 1111 1111",
            "555-0134",
            "jane.roe@example.com",
            "1200 Market Street",
            "Jane",
            "Roe");
    assertThat(run.status()).isEqualTo(RunStatus.COMPLETE);
    assertThat(run.answer()).contains("Jane Roe", "536-22-8147", "jane.roe@example.com");
    assertThat(run.masked())
        .extracting(Replacement::type)
        .contains(
            EntityType.SSN,
            EntityType.EMAIL,
            EntityType.PERSON,
            EntityType.PHONE,
            EntityType.CREDIT_CARD,
            EntityType.ADDRESS);
    assertThat(run.costUsd()).isPositive();
    Conversations.View stored = workspace.conversations().get(ANA, run.conversation());
    assertThat(stored.title()).doesNotContain("Jane").startsWith("Prompt · ");
    assertThat(stored.runs().get(0).masked()).isEqualTo(run.masked());
    assertThat(stored.deleteAfter()).isPresent();
  }

  @Test
  void publicTextArrivesUntouched() {
    String text =
        "Rewrite: our press contact is press@theoreticalrides.example, call 415-555-0100.";
    RunResult run = workspace.run(ANA, ask(text, DataClass.PUBLIC), RunListener.NONE);

    assertThat(fake.lastReceived().json().toString())
        .contains("press@theoreticalrides.example", "415-555-0100");
    assertThat(run.masked()).isEmpty();
  }

  @Test
  void aConversationCarriesItsEarlierTurnsAndStreams() {
    List<String> deltas = new ArrayList<>();
    RunResult first =
        workspace.run(ANA, ask("First question", DataClass.INTERNAL), RunListener.NONE);
    RunRequest second =
        new RunRequest(
            "Second question",
            "",
            Optional.empty(),
            DataClass.INTERNAL,
            "claude-haiku-4-5",
            Optional.of(first.conversation()),
            List.of(),
            List.of(),
            512);
    RunResult again =
        workspace.run(
            ANA,
            second,
            new RunListener() {
              @Override
              public void delta(String text) {
                deltas.add(text);
              }
            });

    assertThat(fake.lastReceived().json().path("messages")).hasSize(3);
    assertThat(deltas).hasSizeGreaterThan(1);
    assertThat(String.join("", deltas)).isEqualTo(again.answer());
    assertThat(again.seq()).isEqualTo(2);
    assertThat(workspace.conversations().get(ANA, first.conversation()).runs()).hasSize(2);
  }

  @Test
  void anOutageMidStreamKeepsThePartialAnswerMarked() {
    fake.enqueue(
        Script.interrupted(
            Script.reply(
                "The refund was issued on Monday and you will see it soon.", Usage.of(30, 20)),
            6,
            "Overloaded"));

    RunFailedException e =
        catchThrowableOfType(
            RunFailedException.class,
            () -> workspace.run(ANA, ask("Draft a reply", DataClass.INTERNAL), RunListener.NONE));

    assertThat(e.run().status()).isEqualTo(RunStatus.PARTIAL);
    assertThat(e.run().answer()).isNotEmpty().startsWith("The r");
    assertThat(e.run().error()).get().asString().contains("stopped answering midway", "kept");
    RunResult stored = workspace.conversations().get(ANA, e.run().conversation()).runs().get(0);
    assertThat(stored.status()).isEqualTo(RunStatus.PARTIAL);
    assertThat(stored.answer()).isEqualTo(e.run().answer());
  }

  @Test
  void aSpentTeamBudgetRefusesNamingTheBudget() {
    budgets.setLimit(BudgetKey.team("tiny"), new BigDecimal("0.0001"));
    Employee poor = new Employee("cam", "tiny", false);

    RunFailedException e =
        catchThrowableOfType(
            RunFailedException.class,
            () -> workspace.run(poor, ask("Summarise this", DataClass.INTERNAL), RunListener.NONE));

    assertThat(e.kind()).isEqualTo(WorkspaceException.Kind.BUDGET);
    assertThat(e.getMessage()).contains("tiny");
    assertThat(e.run().status()).isEqualTo(RunStatus.REFUSED);
    assertThat(fake.received()).isEmpty();
  }

  @Test
  void aPromptOverTheContextIsRefusedBeforeAnythingIsSent() {
    String huge = "word ".repeat(200_000);

    WorkspaceException e =
        catchThrowableOfType(
            WorkspaceException.class,
            () -> workspace.run(ANA, ask(huge, DataClass.INTERNAL), RunListener.NONE));

    assertThat(e.kind()).isEqualTo(WorkspaceException.Kind.CONTEXT_TOO_LONG);
    assertThat(e.getMessage()).contains("tokens", "200,000", "Shorten");
    assertThat(fake.received()).isEmpty();
  }

  @Test
  void withoutAVendorRunsAreRefusedSayingSo() {
    Workspace off =
        new Workspace(
            Optional::empty, workspace.conversations(), new Employees(pool, CLOCK), CLOCK, 200_000);

    WorkspaceException e =
        catchThrowableOfType(
            WorkspaceException.class,
            () -> off.run(ANA, ask("Hello", DataClass.PUBLIC), RunListener.NONE));

    assertThat(e.kind()).isEqualTo(WorkspaceException.Kind.VENDOR_UNAVAILABLE);
    assertThat(e.getMessage()).contains("No model vendor is configured");
  }

  @Test
  void historyIsSearchableRenamableDeletableAndPrivate() {
    RunResult run =
        workspace.run(
            BEN, ask("Quarterly van maintenance plan", DataClass.INTERNAL), RunListener.NONE);
    UUID id = run.conversation();

    assertThat(workspace.conversations().list(BEN, Optional.of("maintenance"), 10))
        .extracting(Conversations.Summary::id)
        .contains(id);
    assertThat(workspace.conversations().list(BEN, Optional.of("Echo: Quarterly"), 10))
        .extracting(Conversations.Summary::id)
        .as("contents are searched too (the answer)")
        .contains(id);
    workspace.conversations().rename(BEN, id, "Van plan");
    assertThat(workspace.conversations().get(BEN, id).title()).isEqualTo("Van plan");
    assertThat(
            catchThrowableOfType(
                    WorkspaceException.class, () -> workspace.conversations().get(ANA, id))
                .kind())
        .isEqualTo(WorkspaceException.Kind.NOT_FOUND);
    workspace.conversations().delete(BEN, id);
    assertThat(workspace.conversations().list(BEN, Optional.empty(), 100))
        .extracting(Conversations.Summary::id)
        .doesNotContain(id);
  }

  @Test
  void customerConversationsAreReallyDeletedWhenTheirRetentionRunsOut() throws Exception {
    byte[] png = java.util.Base64.getDecoder().decode(TINY_PNG);
    RunRequest withFile =
        new RunRequest(
            "What does the note say?",
            "",
            Optional.empty(),
            DataClass.CUSTOMER,
            "claude-haiku-4-5",
            Optional.empty(),
            List.of(),
            List.of(
                new Attachment(
                    "note.txt", "text/plain", "Rider asked for a refund.", 1, 25, null, null),
                new Attachment("photo.png", "image/png", "", 1, png.length, png, null)),
            256);
    RunResult run = workspace.run(ANA, withFile, RunListener.NONE);
    assertThat(fake.lastReceived().body()).contains("\"image\"", "note.txt");

    assertThat(workspace.conversations().deleteExpired(CLOCK.instant().plus(Duration.ofDays(29))))
        .isZero();
    assertThat(workspace.conversations().deleteExpired(CLOCK.instant().plus(Duration.ofDays(31))))
        .isPositive();
    try (Connection c = pool.getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT (SELECT count(*) FROM workspace_run WHERE conversation_id = '"
                    + run.conversation()
                    + "') + (SELECT count(*) FROM workspace_attachment WHERE conversation_id = '"
                    + run.conversation()
                    + "')")) {
      rs.next();
      assertThat(rs.getLong(1)).isZero();
    }
    // The run's metering outlives the conversation for the usage pages and the monthly report;
    // nothing it held does.
    try (Connection c = pool.getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT username, data_class, input_tokens, cost_usd, prompt_sealed IS NULL,"
                    + " answer_sealed IS NULL, masked_sealed IS NULL, error IS NULL,"
                    + " (SELECT count(*) FROM workspace_conversation WHERE id = '"
                    + run.conversation()
                    + "') FROM workspace_run WHERE id = '"
                    + run.id()
                    + "'")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo("ana");
      assertThat(rs.getString(2)).isEqualTo("CUSTOMER");
      assertThat(rs.getLong(3)).isPositive();
      assertThat(rs.getBigDecimal(4)).isPositive();
      for (int sealed = 5; sealed <= 8; sealed++) {
        assertThat(rs.getBoolean(sealed)).as("column %d emptied", sealed).isTrue();
      }
      assertThat(rs.getLong(9)).isZero();
    }
  }

  @Test
  void everyRunIsAuditedByTheGatewayAsTheEmployee() throws Exception {
    workspace.run(ANA, ask("Audit me", DataClass.INTERNAL), RunListener.NONE);
    try (Connection c = pool.getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT count(*) FROM gateway_audit WHERE tool = 'workspace' AND user_id = 'ana'"
                    + " AND team = 'support'")) {
      rs.next();
      assertThat(rs.getLong(1)).isPositive();
    }
  }

  @Test
  void tokensActAsTheirEmployeeUntilRevokedOrExpired() {
    AccessTokens tokens = new AccessTokens(pool, CLOCK);
    AccessTokens.Issued t = tokens.issue(ANA, "cli", Optional.empty());
    AccessTokens.Issued old =
        tokens.issue(ANA, "old", Optional.of(Instant.now(CLOCK).minusSeconds(1)));

    assertThat(t.secret()).startsWith("onr_pat_").hasSize(48);
    assertThat(tokens.authenticate(t.secret())).contains(new Employee("ana", "support", false));
    assertThat(tokens.authenticate(old.secret())).isEmpty();
    assertThat(tokens.authenticate(t.secret() + "x")).isEmpty();
    assertThat(tokens.revoke("ana", t.id())).isTrue();
    assertThat(tokens.authenticate(t.secret())).isEmpty();
  }

  static final String TINY_PNG =
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";
}
