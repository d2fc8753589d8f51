package onramp.app.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import onramp.documents.specimen.Split;
import onramp.onboarding.corpus.CorpusWriter;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "corpus",
    mixinStandardHelpOptions = true,
    description = {
      "Write synthetic applications (synthetic people only) with ground truth (truth.json) for ./onramp eval.",
      "The first applications cover every scenario once; the rest follow the default mix.",
      "Licence photos: 50%% CLEAN, 35%% MILD, 15%% HARSH (some of those at up to 90 degrees, some a small card",
      "in a large photo)."
    })
public final class CorpusCommand implements Callable<Integer> {
  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "Folder to write into.")
  Path out = Path.of("corpus");

  @Option(
      names = "--count",
      defaultValue = "200",
      description = "Applications to write (default ${DEFAULT-VALUE}).")
  int count;

  @Option(
      names = "--seed",
      defaultValue = "1",
      description = "Random seed; the same seed gives the same corpus.")
  long seed;

  @Option(
      names = "--decision-date",
      paramLabel = "YYYY-MM-DD",
      description = "The date the corpus is made for (default: today); eval decides on this date.")
  @Nullable LocalDate decisionDate;

  @Option(
      names = "--split",
      paramLabel = "dev|heldout",
      defaultValue = "dev",
      description = {
        "dev (default): licence fronts 50%% classic renderer, 50%% specimen layouts of the development set;"
            + " for working on the readers.",
        "heldout: 30%% classic, 70%% specimen from every layout, held-out ones included, and other people than"
            + " the dev corpus of the same seed; for measuring only, never for tuning.",
        "truth.json records the split, frontRenderer, frontLayout and photo severity of each application."
      })
  String split = "dev";

  @Override
  public Integer call() {
    if (count < 1) {
      System.err.println("onramp corpus: --count must be at least 1");
      return 2;
    }
    Split kind;
    switch (split.toLowerCase(java.util.Locale.ROOT)) {
      case "dev" -> kind = Split.DEV;
      case "heldout", "held-out", "held_out" -> kind = Split.HELD_OUT;
      default -> {
        System.err.println("onramp corpus: --split must be dev or heldout, was " + split);
        return 2;
      }
    }
    LocalDate date =
        decisionDate != null
            ? decisionDate
            : LocalDate.now(ZoneId.systemDefault()); // the user's today
    Progress progress = new Progress(System.err, "corpus", count);
    var written = CorpusWriter.write(out, count, seed, date, kind, progress::update);
    System.err.printf(
        "onramp corpus: %d applications (%s split) for %s in %s%n",
        written.applications(), CorpusWriter.splitName(kind), date, out);
    written.mix().forEach((s, n) -> System.err.printf("  %-30s %d%n", s, n));
    written
        .frontRenderers()
        .forEach((r, n) -> System.err.printf("  front renderer %-15s %d%n", r, n));
    return 0;
  }
}
