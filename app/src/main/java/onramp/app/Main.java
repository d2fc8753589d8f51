package onramp.app;

import java.util.Objects;
import onramp.app.cli.AuditCommand;
import onramp.app.cli.BenchCommand;
import onramp.app.cli.CorpusCommand;
import onramp.app.cli.DxCommand;
import onramp.app.cli.EvalCommand;
import onramp.app.cli.FakeVendorCommand;
import onramp.app.cli.GatewayCommand;
import onramp.app.cli.KeysCommand;
import onramp.app.cli.MaskCommand;
import onramp.app.cli.ReportCommand;
import onramp.app.cli.ServeCommand;
import onramp.app.cli.TsCommand;
import onramp.app.cli.UsersCommand;
import onramp.app.cli.VerifyCommand;
import onramp.app.demo.DemoCommand;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code ./onramp} command line. Only {@code serve} starts Spring; the rest stay fast. */
@Command(
    name = "onramp",
    mixinStandardHelpOptions = true,
    version = "Onramp 0.1.0",
    description = "Onramp: the LLM platform of Theoretical Ride Sharing.",
    subcommands = {
      ServeCommand.class,
      VerifyCommand.class,
      CorpusCommand.class,
      EvalCommand.class,
      MaskCommand.class,
      BenchCommand.class,
      FakeVendorCommand.class,
      GatewayCommand.class,
      KeysCommand.class,
      UsersCommand.class,
      TsCommand.class,
      DxCommand.class,
      ReportCommand.class,
      DemoCommand.class,
      AuditCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {
  // picocli injects it before run(); null only for an instance picocli did not make
  @CommandLine.Spec CommandLine.Model.@Nullable CommandSpec spec;

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  public static CommandLine commandLine() {
    return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true);
  }

  @Override
  public void run() {
    Objects.requireNonNull(spec, "picocli's @Spec").commandLine().usage(System.err);
  }
}
