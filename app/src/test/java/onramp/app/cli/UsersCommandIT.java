package onramp.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import onramp.testkit.TestDatabase;
import onramp.workspace.AccessTokens;
import onramp.workspace.Employee;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;
import picocli.CommandLine;

/** {@code ./onramp users token} on the database serve uses, here named by ONRAMP_DATABASE_URL. */
class UsersCommandIT {
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

  record Run(int exit, String out, String err) {}

  private static Run users(String... args) {
    Map<String, String> env =
        Map.of(
            "ONRAMP_DATABASE_URL", db.url(),
            "ONRAMP_DATABASE_USER", "postgres",
            "ONRAMP_DATA_DIR", dataDir.toString());
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new UsersCommand(name -> Optional.ofNullable(env.get(name))));
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return new Run(cli.execute(args), out.toString(), err.toString());
  }

  @Test
  void printsATokenOnceThatActsAsTheUserInTheirTeam() {
    Run run = users("token", "--user", "rosa", "--team", "support", "--expires", "2099-01-31");

    assertThat(run.exit()).as(run.err()).isZero();
    String secret = run.out().strip();
    assertThat(secret).startsWith("onr_pat_").hasSize(48);
    assertThat(run.err()).contains("rosa", "support", "2099-02-01").doesNotContain(secret);
    assertThat(new AccessTokens(dataSource, Clock.systemUTC()).authenticate(secret))
        .contains(new Employee("rosa", "support", false));
    Run again = users("token", "--user", "rosa");
    assertThat(again.exit()).as("the team as last seen").isZero();
  }

  @Test
  void anUnknownUserWithoutATeamOrABadDateIsRefusedClearly() {
    Run unknown = users("token", "--user", "nobody-yet");
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err()).contains("pass --team T");
    Run badDate = users("token", "--user", "rosa", "--team", "x", "--expires", "31/01/2099");
    assertThat(badDate.exit()).isEqualTo(2);
    assertThat(badDate.err()).contains("YYYY-MM-DD");
  }
}
