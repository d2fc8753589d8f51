package onramp.app.cli;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import onramp.app.system.AppException;
import onramp.app.system.AuditChain;
import onramp.app.system.CommandDatabase;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code ./onramp audit verify}: recomputes the audit trail's hash chain. */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    description = "The audit trail.",
    subcommands = {AuditCommand.Verify.class})
public final class AuditCommand {
  final Function<String, Optional<String>> env;

  public AuditCommand() {
    this(name -> Optional.ofNullable(System.getenv(name)));
  }

  AuditCommand(Function<String, Optional<String>> env) {
    this.env = env;
  }

  @Command(
      name = "verify",
      mixinStandardHelpOptions = true,
      description =
          "Recompute the hash chain of the audit trail; exit 0 when every event links to the one"
              + " before it, 1 naming the first broken link.")
  static final class Verify implements Callable<Integer> {
    @Mixin DataDirOption dataDir = new DataDirOption();

    // picocli injects both before call()
    @ParentCommand @Nullable AuditCommand parent;
    @Spec @Nullable CommandSpec spec;

    @Override
    public Integer call() {
      CommandSpec cs = Objects.requireNonNull(spec, "picocli's @Spec");
      AuditCommand audit = Objects.requireNonNull(parent, "picocli's @ParentCommand");
      AuditChain.Result result;
      try (CommandDatabase db = CommandDatabase.open(dataDir.resolve(audit.env), audit.env)) {
        result = AuditChain.on(db.dataSource()).verify();
      } catch (AppException e) {
        cs.commandLine().getErr().println("onramp audit verify: " + e.getMessage());
        return 2;
      }
      if (result.intact()) {
        cs.commandLine()
            .getOut()
            .println("audit trail intact: " + result.rows() + " events, every link holds");
        return 0;
      }
      cs.commandLine()
          .getOut()
          .println("audit trail BROKEN at " + result.firstBreak().orElseThrow());
      return 1;
    }
  }
}
