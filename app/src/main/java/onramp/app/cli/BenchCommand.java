package onramp.app.cli;

import java.util.List;
import java.util.concurrent.Callable;
import onramp.documents.bench.BarcodeBenchmark;
import onramp.documents.bench.OcrBenchmark;
import onramp.gateway.bench.GatewayBenchmark;
import onramp.gateway.masking.MaskingBenchmark;
import onramp.onboarding.eval.VerifyBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Benchmarks, on synthetic data made on the spot. WHAT: barcode (PDF417 decode per licence-back photo),",
      "ocr (licence-front OCR per card), ocr-photos (the same on photographed cards, by severity), verify (whole application, one at a time), gateway (added latency per",
      "call vs the fake vendor), mask (masking MB/s), or all (the default)."
    })
public final class BenchCommand implements Callable<Integer> {
  @Parameters(
      arity = "0..*",
      paramLabel = "WHAT",
      description = "barcode, ocr, ocr-photos, verify, gateway, mask, all")
  List<String> what = List.of("all");

  @Option(
      names = "--count",
      defaultValue = "40",
      description = "Images / applications per benchmark (default ${DEFAULT-VALUE}).")
  int count;

  @Option(
      names = "--seed",
      defaultValue = "7",
      description = "Random seed (default ${DEFAULT-VALUE}).")
  long seed;

  @Override
  public Integer call() {
    List<String> all = List.of("barcode", "ocr", "ocr-photos", "verify", "gateway", "mask");
    List<String> run = what.contains("all") ? all : what;
    try (CommandReaders readers = CommandReaders.open("bench")) {
      for (String w : run) {
        String report =
            switch (w) {
              case "barcode" -> BarcodeBenchmark.run(count, seed);
              case "ocr" -> OcrBenchmark.run(readers.front(), count, seed);
              case "ocr-photos" -> OcrBenchmark.runPhotos(readers.front(), count, seed);
              case "verify" ->
                  VerifyBenchmark.run(readers.verifier(), readers.front(), count, seed);
              case "gateway" -> GatewayBenchmark.run(Math.max(1000, count * 50));
              case "mask" -> MaskingBenchmark.run(Math.max(8, count / 2), seed);
              default -> null;
            };
        if (report == null) {
          System.err.println(
              "onramp bench: unknown benchmark \"" + w + "\"; choose from " + all + " or all");
          return 2;
        }
        System.out.println(report.strip());
        System.out.println();
      }
    }
    return 0;
  }
}
