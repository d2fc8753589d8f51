package onramp.app.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import onramp.onboarding.corpus.CorpusWriter;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "corpus",
    mixinStandardHelpOptions = true,
    description = {
      "Write synthetic applications (synthetic people only) with ground truth (truth.json) for ./onramp eval.",
      "The first applications cover every scenario once; the rest follow the default mix."
    })
public final class CorpusCommand implements Callable<Integer> {
  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write into.")
  Path out = Path.of("corpus");

  @Option(names = "--count", defaultValue = "200", description = "Applications to write (default ${DEFAULT-VALUE}).")
  int count;

  @Option(names = "--seed", defaultValue = "1", description = "Random seed; the same seed gives the same corpus.")
  long seed;

  @Option(names = "--decision-date", paramLabel = "YYYY-MM-DD",
      description = "The date the corpus is made for (default: today); eval decides on this date.")
  @Nullable LocalDate decisionDate;

  @Override
  public Integer call() {
    if (count < 1) {
      System.err.println("onramp corpus: --count must be at least 1");
      return 2;
    }
    LocalDate date = decisionDate != null ? decisionDate : LocalDate.now();
    Progress progress = new Progress(System.err, "corpus", count);
    var written = CorpusWriter.write(out, count, seed, date, progress::update);
    System.err.printf("onramp corpus: %d applications for %s in %s%n", written.applications(), date, out);
    written.mix().forEach((s, n) -> System.err.printf("  %-30s %d%n", s, n));
    return 0;
  }
}
