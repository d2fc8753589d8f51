package onramp.app.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import onramp.app.system.AuditLog;
import onramp.app.system.CommandDatabase;
import onramp.workspace.AccessTokens;
import onramp.workspace.Employee;
import onramp.workspace.Employees;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ./onramp users token}: personal access tokens for the workspace API. */
@Command(
    name = "users",
    mixinStandardHelpOptions = true,
    description = "Workspace users, in the database ./onramp serve uses.",
    subcommands = {UsersCommand.Token.class})
public final class UsersCommand implements Callable<Integer> {
  static final String TOKEN_ISSUED = "WORKSPACE_TOKEN_ISSUED";

  @Spec @Nullable CommandSpec spec;

  private final Function<String, Optional<String>> env;

  public UsersCommand() {
    this(name -> Optional.ofNullable(System.getenv(name)));
  }

  UsersCommand(Function<String, Optional<String>> env) {
    this.env = env;
  }

  @Override
  public Integer call() {
    Objects.requireNonNull(spec, "picocli's @Spec").commandLine().usage(System.err);
    return 2;
  }

  /** {@code users token --user U [--team T]}: the token on stdout, once. */
  @Command(
      name = "token",
      mixinStandardHelpOptions = true,
      description = {
        "Print a personal access token for the workspace API (Authorization: Bearer …) on stdout,"
            + " once: only its SHA-256 is stored. It acts as the user, never as an admin."
      })
  static final class Token implements Callable<Integer> {
    @Option(names = "--user", required = true, paramLabel = "U", description = "The employee.")
    String user = "";

    @Option(
        names = "--team",
        paramLabel = "T",
        description = "Their team; default: the team the workspace last saw them in.")
    Optional<String> team = Optional.empty();

    @Option(names = "--label", paramLabel = "L", description = "What the token is for.")
    String label = "cli";

    @Option(
        names = "--expires",
        paramLabel = "YYYY-MM-DD",
        description = "The last day it works (UTC); default: never.")
    Optional<String> expires = Optional.empty();

    @Mixin DataDirOption dataDir = new DataDirOption();

    @CommandLine.ParentCommand @Nullable UsersCommand parent;
    @Spec @Nullable CommandSpec spec;

    @Override
    public Integer call() {
      CommandSpec cs = Objects.requireNonNull(spec, "picocli's @Spec");
      UsersCommand users = Objects.requireNonNull(parent, "picocli's @ParentCommand");
      PrintWriter out = cs.commandLine().getOut();
      PrintWriter err = cs.commandLine().getErr();
      Optional<java.time.Instant> until;
      try {
        until =
            expires.map(
                d -> LocalDate.parse(d).plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
      } catch (DateTimeParseException e) {
        err.println("onramp users token: --expires '" + expires.orElse("") + "' is not YYYY-MM-DD");
        return 2;
      }
      if (user.isBlank()) {
        err.println("onramp users token: --user is empty");
        return 2;
      }
      try (CommandDatabase db = CommandDatabase.open(dataDir.resolve(users.env), users.env)) {
        Clock clock = Clock.systemUTC();
        Optional<String> known = new Employees(db.dataSource(), clock).team(user);
        Optional<String> chosen = team.filter(t -> !t.isBlank()).or(() -> known);
        if (chosen.isEmpty()) {
          err.println(
              "onramp users token: the workspace has not seen "
                  + user
                  + " yet, so their team is unknown; pass --team T");
          return 2;
        }
        AccessTokens.Issued issued =
            new AccessTokens(db.dataSource(), clock)
                .issue(new Employee(user, chosen.get(), false), label, until);
        AuditLog.on(db.dataSource())
            .append(
                KeyDatabase.actor(),
                TOKEN_ISSUED,
                "workspace-user:" + user,
                Map.of(
                    "token", issued.id(),
                    "team", chosen.get(),
                    "label", label,
                    "expires", until.map(Object::toString).orElse("never")));
        out.println(issued.secret());
        out.flush();
        err.println(
            "Token "
                + issued.id()
                + " for "
                + user
                + " (team "
                + chosen.get()
                + "), "
                + until.map(u -> "valid until " + u).orElse("no expiry")
                + ". Use it as: curl -H 'Authorization: Bearer <token>' …/api/workspace/me");
        return 0;
      }
    }
  }
}
