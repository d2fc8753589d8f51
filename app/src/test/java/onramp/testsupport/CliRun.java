package onramp.testsupport;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import onramp.testkit.TestDatabase;
import picocli.CommandLine;

/** One run of a command in process, as {@code ./onramp} would run it: exit code, stdout, stderr. */
public record CliRun(int exit, String out, String err) {

  /** The environment that points a command at {@code db} as serve's database. */
  public static Function<String, Optional<String>> env(TestDatabase db, Path dataDir) {
    Map<String, String> env =
        Map.of(
            "ONRAMP_DATABASE_URL", db.url(),
            "ONRAMP_DATABASE_USER", "postgres",
            "ONRAMP_DATA_DIR", dataDir.toString());
    return name -> Optional.ofNullable(env.get(name));
  }

  /** Runs the picocli {@code command} with {@code args}. */
  public static CliRun of(Object command, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(command);
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int exit = cli.execute(args);
    return new CliRun(exit, out.toString(), err.toString());
  }
}
