package onramp.app.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    description = "Verify application folders: one JSON decision per line on stdout, a summary on stderr.")
public final class VerifyCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "DIR", description = "Application folders.")
  List<Path> folders = List.of();

  @Override
  public Integer call() {
    System.err.println("verify: not wired yet");
    return 1;
  }
}
