package onramp.documents.i9;

import java.awt.image.BufferedImage;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import onramp.documents.synthetic.FillOptions;
import onramp.documents.synthetic.I9Content;
import onramp.documents.synthetic.I9Filler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Timings and field accuracy of reading a 2-page scanned Form I-9 at 200 dpi, over six synthetic
 * people: the before/after figure for changes to the OCR. Off by default (it is a measurement, not
 * a check); run with {@code -Di9.bench=true -Dtest=I9OcrBenchTest}.
 */
@EnabledIfSystemProperty(named = "i9.bench", matches = "true")
class I9OcrBenchTest {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  @Test
  void timesAndScoresScannedFormsAt200Dpi() {
    I9Reader reader = I9Reader.standard();
    List<I9Content> people = SyntheticPeople.six();
    List<List<BufferedImage>> scans = new ArrayList<>();
    for (I9Content content : people) {
      scans.add(
          I9Filler.renderPages(I9Filler.fill(content, FillOptions.flattened()), 200).subList(0, 2));
    }
    reader.readScan(scans.get(0)); // warm-up: engine start, blank-form references
    int rounds = Integer.getInteger("i9.bench.rounds", 2);
    long wall = 0;
    long cpu = 0;
    int forms = 0;
    int total = 0;
    int exact = 0;
    List<String> misses = new ArrayList<>();
    for (int round = 0; round < rounds; round++) {
      for (int i = 0; i < people.size(); i++) {
        long w0 = System.nanoTime();
        long c0 = THREADS.getCurrentThreadCpuTime();
        I9Form form = reader.readScan(scans.get(i));
        cpu += THREADS.getCurrentThreadCpuTime() - c0;
        wall += System.nanoTime() - w0;
        forms++;
        if (round == 0) {
          Map<I9Field, FieldReading> read = new EnumMap<>(I9Field.class);
          new OcrPageReader(OcrPageReader.lazyEngines())
              .read(scans.get(i).get(0), 1)
              .forEach(read::put);
          for (Map.Entry<I9Field, String> e : people.get(i).values().entrySet()) {
            boolean ok =
                I9OcrAccuracyTest.matches(
                    e.getKey(),
                    e.getValue(),
                    read.getOrDefault(e.getKey(), FieldReading.certain("")));
            total++;
            exact += ok ? 1 : 0;
            if (!ok) {
              misses.add(
                  i
                      + ":"
                      + e.getKey()
                      + " got '"
                      + read.getOrDefault(e.getKey(), FieldReading.certain("")).text()
                      + "'");
            }
          }
          if (!form.edition().isCurrent()) {
            misses.add(i + ": edition " + form.edition());
          }
        }
      }
    }
    System.out.printf(
        "I9BENCH scanned 2-page I-9 at 200 dpi, %d reads of %d people: wall %.0f ms/form, CPU %.0f ms/form;"
            + " fields exact %d/%d (%.1f%%)%n",
        forms,
        people.size(),
        wall / 1e6 / forms,
        cpu / 1e6 / forms,
        exact,
        total,
        100.0 * exact / total);
    misses.forEach(m -> System.out.println("I9BENCH miss " + m));
  }
}
