package onramp.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import onramp.app.system.AuditEvent;
import onramp.app.system.AuditLog;
import onramp.gateway.DataClass;
import onramp.gateway.budget.BudgetKey;
import onramp.gateway.budget.BudgetState;
import onramp.gateway.budget.PostgresBudgets;
import onramp.gateway.keys.KeyGrant;
import onramp.gateway.keys.PostgresKeyStore;
import onramp.gateway.keys.VirtualKey;
import onramp.testkit.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.postgresql.ds.PGSimpleDataSource;
import picocli.CommandLine;

/** {@code ./onramp keys ...} on the database serve uses, here named by ONRAMP_DATABASE_URL. */
class KeysCommandIT {
  private static TestDatabase db;
  private static PGSimpleDataSource dataSource;
  @TempDir static Path dataDir;

  @BeforeAll
  static void database() throws Exception {
    db = TestDatabase.create();
    dataSource = new PGSimpleDataSource();
    dataSource.setURL(db.url());
    dataSource.setUser("postgres");
  }

  @AfterAll
  static void drop() throws Exception {
    db.close();
  }

  /** What a run printed and how it ended. */
  record Run(int exit, String out, String err) {}

  private static Run keys(Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new KeysCommand(name -> Optional.ofNullable(env.get(name))));
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int exit = cli.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  private static Run keys(String... args) {
    return keys(
        Map.of(
            "ONRAMP_DATABASE_URL", db.url(),
            "ONRAMP_DATABASE_USER", "postgres",
            "ONRAMP_DATA_DIR", dataDir.toString()),
        args);
  }

  private static String createKey(String team) {
    Run created = keys("create", "--team", team, "--tool", "scripts");
    assertThat(created.exit()).as(created.err()).isZero();
    return created.out().strip();
  }

  @Test
  void createPrintsTheSecretOnceThatTheKeyStoreResolves() {
    Run run =
        keys(
            "create",
            "--team",
            "support",
            "--tool",
            "workspace",
            "--user",
            "dana.reviewer",
            "--budget-usd",
            "25",
            "--data-class",
            "customer",
            "--models",
            "claude-haiku-4-5,claude-sonnet-4-5",
            "--rpm",
            "60",
            "--expires",
            "2099-06-30");

    assertThat(run.exit()).as(run.err()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines).hasSize(1);
    String secret = lines.getFirst();
    VirtualKey key =
        PostgresKeyStore.create(dataSource, Clock.systemUTC()).find(secret).orElseThrow();
    assertThat(key.grant())
        .isEqualTo(
            new KeyGrant(
                "support",
                "workspace",
                Optional.of("dana.reviewer"),
                Set.of("claude-haiku-4-5", "claude-sonnet-4-5"),
                DataClass.CUSTOMER,
                Optional.of(new BigDecimal("25")),
                Optional.of(60),
                Optional.of(LocalDate.parse("2099-06-30"))));
    assertThat(run.err())
        .contains("Created key " + key.id() + " (" + key.hint() + "…)")
        .contains("team support, tool workspace, user dana.reviewer")
        .contains("data up to CUSTOMER", "$25 a month", "60 requests a minute", "after 2099-06-30")
        .contains("shown once")
        .doesNotContain(secret);
    assertThat(
            PostgresBudgets.create(dataSource, Clock.systemUTC())
                .state(BudgetKey.key(key.id().toString())))
        .map(BudgetState::limit)
        .hasValueSatisfying(l -> assertThat(l).isEqualByComparingTo("25"));
    List<AuditEvent> audit = AuditLog.on(dataSource).about("gateway-key:" + key.id());
    assertThat(audit)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.actor()).startsWith("cli:");
              assertThat(e.action()).isEqualTo("GATEWAY_KEY_CREATED");
              assertThat(e.details())
                  .containsEntry("hint", key.hint())
                  .containsEntry("team", "support");
              assertThat(e.details().toString()).doesNotContain(secret);
            });
  }

  @Test
  void listShowsEveryKeyAsATableOrJsonWithoutSecrets() throws Exception {
    String secret = createKey("listing");

    Run table = keys("list");
    Run json = keys("list", "--json");

    assertThat(table.exit()).isZero();
    assertThat(table.out().lines().findFirst().orElseThrow())
        .startsWith("ID")
        .contains("HINT", "TEAM", "TOOL", "USER", "MODELS", "DATA CLASS", "BUDGET USD", "RPM")
        .contains("EXPIRES", "CREATED", "STATE");
    assertThat(table.out())
        .contains(secret.substring(0, 12), "listing", "scripts", "(policy)", "INTERNAL", "active")
        .doesNotContain(secret);
    JsonNode keys = new ObjectMapper().readTree(json.out());
    assertThat(keys.isArray()).isTrue();
    JsonNode mine =
        java.util.stream.StreamSupport.stream(keys.spliterator(), false)
            .filter(k -> k.path("team").asText().equals("listing"))
            .findFirst()
            .orElseThrow();
    assertThat(mine.path("hint").asText()).isEqualTo(secret.substring(0, 12));
    assertThat(mine.path("state").asText()).isEqualTo("active");
    assertThat(mine.path("dataClass").asText()).isEqualTo("INTERNAL");
    assertThat(json.out()).doesNotContain(secret);
  }

  @Test
  void revokeStopsTheKeyAndSaysSoWhenItWasAlreadyRevoked() {
    String secret = createKey("revoking");
    VirtualKey key =
        PostgresKeyStore.create(dataSource, Clock.systemUTC()).find(secret).orElseThrow();

    Run first = keys("revoke", key.id().toString());
    Run again = keys("revoke", key.id().toString());

    assertThat(first.exit()).isZero();
    assertThat(first.err()).contains("Revoked key " + key.id());
    assertThat(again.exit()).isZero();
    assertThat(again.err()).contains("already revoked");
    assertThat(PostgresKeyStore.create(dataSource, Clock.systemUTC()).find(secret))
        .hasValueSatisfying(k -> assertThat(k.revoked()).isPresent());
    assertThat(keys("list").out()).containsPattern(key.id() + ".*revoked");
    assertThat(AuditLog.on(dataSource).about("gateway-key:" + key.id()))
        .extracting(AuditEvent::action)
        .containsExactly("GATEWAY_KEY_CREATED", "GATEWAY_KEY_REVOKED");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "data class | --data-class | SECRET      | data class: 'SECRET' is not one of PUBLIC, INTERNAL, CUSTOMER, RESTRICTED",
        "date       | --expires    | 2099-13-01  | expires: '2099-13-01' is not a date; give the last day the key works as YYYY-MM-DD",
        "team       | --team       | bad team    | a key's team is a short name of letters, digits",
        "budget     | --budget-usd | lots        | budget: 'lots' is not an amount in dollars",
        "rate       | --rpm        | -5          | requests per minute: '-5' is not a whole number above 0",
      })
  void badInputIsOneClearLineAndExitTwoWithoutTouchingTheDatabase(
      String name, String option, String value, String message) {
    Map<String, String> unreachable =
        Map.of("ONRAMP_DATABASE_URL", "jdbc:postgresql://127.0.0.1:1/none");
    String team = option.equals("--team") ? value : "support";
    Run run =
        option.equals("--team")
            ? keys(unreachable, "create", "--team", team, "--tool", "workspace")
            : keys(unreachable, "create", "--team", team, "--tool", "workspace", option, value);

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines()).singleElement().asString().contains(message);
  }

  @Test
  void revokingSomethingThatIsNoKeyIdIsExitTwo() {
    Run malformed = keys("revoke", "not-a-key");
    Run unknown = keys("revoke", "00000000-0000-0000-0000-000000000042");

    assertThat(malformed.exit()).isEqualTo(2);
    assertThat(malformed.err().strip())
        .isEqualTo(
            "onramp keys revoke: 'not-a-key' is not a key id; `./onramp keys list` shows each"
                + " key's id (a UUID)");
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err()).contains("there is no key 00000000-0000-0000-0000-000000000042");
  }

  @Test
  void anUnreachableDatabaseIsOneLineAndExitOne() {
    Run run =
        keys(
            Map.of("ONRAMP_DATABASE_URL", "jdbc:postgresql://127.0.0.1:1/none"),
            "create",
            "--team",
            "support",
            "--tool",
            "workspace");

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .startsWith("onramp keys create: The database (external, at")
        .contains("ONRAMP_DATABASE_URL");
  }
}
