package onramp.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import onramp.testkit.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code ./onramp demo} on fresh databases: two months fill every product's tables, dated inside
 * those months; demo_run says which; and the same seed makes the same first month again.
 */
class DemoCommandIT {
  private static final Clock TODAY =
      Clock.fixed(Instant.parse("2026-12-03T12:00:00Z"), ZoneOffset.UTC);
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void twoMonthsFillEveryProductDatedInsideThoseMonthsAndTheSeedRepeatsThem() throws Exception {
    try (TestDatabase two = TestDatabase.create();
        TestDatabase one = TestDatabase.create()) {
      String err = demo(two, "--months", "2", "--end-month", "2026-10");
      assertThat(err).contains("2026-09:", "2026-10:", "Demo data for 2026-09 to 2026-10 (seed 7)");

      try (Connection c = two.connect()) {
        // every product's tables hold rows, and only inside the two months
        for (String[] table :
            new String[][] {
              {"application", "submitted_at"},
              {"decision", "decided_at"},
              {"audit_event", "at"},
              {"document", "uploaded_at"},
              {"gateway_audit", "at"},
              {"workspace_run", "started_at"},
              {"dx_run", "started_at"},
              {"dx_survey", "submitted_at"},
              {"gateway_policy_exception", "decided_at"}
            }) {
          long inSeptember = count(c, table, "2026-09-01", "2026-10-01");
          long inOctober = count(c, table, "2026-10-01", "2026-11-01");
          long all =
              scalar(c, "SELECT count(*) FROM " + table[0] + " WHERE " + table[1] + " IS NOT NULL");
          assertThat(inSeptember).as(table[0] + " in September").isPositive();
          assertThat(inOctober).as(table[0] + " in October").isPositive();
          assertThat(inSeptember + inOctober)
              .as(table[0] + " outside the two months")
              .isEqualTo(all);
        }
        assertThat(scalar(c, "SELECT count(*) FROM decision WHERE decided_by <> 'system'"))
            .as("reviewer decisions")
            .isPositive();
        assertThat(scalar(c, "SELECT count(*) FROM gateway_audit WHERE outcome = 'REFUSED'"))
            .as("refused calls")
            .isPositive();
        assertThat(
                scalar(
                    c,
                    "SELECT count(*) FROM gateway_audit WHERE attempts > 1 OR outcome = 'FAILED'"))
            .as("retried or failed calls")
            .isPositive();
        assertThat(scalar(c, "SELECT count(*) FROM gateway_audit WHERE masked_entities <> '{}'"))
            .as("masked customer-data calls")
            .isPositive();
        assertThat(
                scalar(
                    c,
                    "SELECT count(*) FROM demo_run WHERE first_month = '2026-09-01'"
                        + " AND last_month = '2026-10-01' AND seed = 7"))
            .isEqualTo(1);
      }
      JsonNode twoMonths = summary(two);

      demo(one, "--months", "1", "--end-month", "2026-09");
      JsonNode oneMonth = summary(one);
      assertThat(oneMonth.get("2026-09"))
          .as("same seed, same September")
          .isEqualTo(twoMonths.get("2026-09"));
    }
  }

  private String demo(TestDatabase db, String... args) {
    Map<String, String> env =
        Map.of("ONRAMP_DATABASE_URL", db.url(), "ONRAMP_DATABASE_USER", "postgres");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    CommandLine cli =
        new CommandLine(
            new DemoCommand(
                n -> Optional.ofNullable(env.get(n)),
                TODAY,
                new PrintStream(err, true, StandardCharsets.UTF_8)));
    String[] all = new String[args.length + 6];
    System.arraycopy(args, 0, all, 0, args.length);
    System.arraycopy(
        new String[] {"--seed", "7", "--applications", "6", "--data-dir", dir.toString()},
        0,
        all,
        args.length,
        6);
    int exit = cli.execute(all);
    String text = err.toString(StandardCharsets.UTF_8);
    assertThat(exit).as(text).isZero();
    return text;
  }

  private static JsonNode summary(TestDatabase db) throws Exception {
    try (Connection c = db.connect();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT summary::text FROM demo_run")) {
      assertThat(rs.next()).isTrue();
      return JSON.readTree(rs.getString(1));
    }
  }

  private static long count(Connection c, String[] table, String from, String to) throws Exception {
    return scalar(
        c,
        "SELECT count(*) FROM "
            + table[0]
            + " WHERE "
            + table[1]
            + " >= '"
            + from
            + "' AND "
            + table[1]
            + " < '"
            + to
            + "'");
  }

  private static long scalar(Connection c, String sql) throws Exception {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
