package onramp.devtools.tests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import onramp.devtools.LineRange;

/**
 * Which lines ran, per source file, read from Istanbul's {@code coverage-final.json} (what
 * {@code @vitest/coverage-v8} writes with the {@code json} reporter). A line counts as Istanbul
 * counts it: the line a statement starts on, covered when any statement starting there ran.
 */
record LineCoverage(Map<String, Set<Integer>> covered, Map<String, Set<Integer>> measured) {
  private static final ObjectMapper JSON = new ObjectMapper();

  LineCoverage {
    covered = Map.copyOf(covered);
    measured = Map.copyOf(measured);
  }

  static LineCoverage empty() {
    return new LineCoverage(Map.of(), Map.of());
  }

  /** Reads {@code coverage-final.json}; its absolute paths become relative to {@code root}. */
  static LineCoverage read(Path coverageFinal, Path root) throws IOException {
    JsonNode all = JSON.readTree(coverageFinal.toFile());
    Map<String, Set<Integer>> covered = new HashMap<>();
    Map<String, Set<Integer>> measured = new HashMap<>();
    for (Map.Entry<String, JsonNode> file : all.properties()) {
      Path abs = Path.of(file.getKey());
      String rel =
          abs.startsWith(root)
              ? root.relativize(abs).toString().replace('\\', '/')
              : file.getKey().replace('\\', '/');
      Set<Integer> ran = new TreeSet<>();
      Set<Integer> lines = new TreeSet<>();
      JsonNode counts = file.getValue().path("s");
      for (Map.Entry<String, JsonNode> st : file.getValue().path("statementMap").properties()) {
        int line = st.getValue().path("start").path("line").asInt();
        lines.add(line);
        if (counts.path(st.getKey()).asInt() > 0) {
          ran.add(line);
        }
      }
      covered.put(rel, ran);
      measured.put(rel, lines);
    }
    return new LineCoverage(covered, measured);
  }

  /** The lines of {@code range} in {@code file} that ran. */
  Set<Integer> covered(String file, LineRange range) {
    return within(covered.getOrDefault(file, Set.of()), range);
  }

  /** The lines of {@code range} in {@code file} that hold a statement. */
  Set<Integer> measured(String file, LineRange range) {
    return within(measured.getOrDefault(file, Set.of()), range);
  }

  /**
   * This coverage plus {@code lines} of {@code file} (a kept test's, so the next must beat both).
   */
  LineCoverage plus(String file, Set<Integer> lines) {
    Map<String, Set<Integer>> more = new HashMap<>(covered);
    Set<Integer> merged = new TreeSet<>(covered.getOrDefault(file, Set.of()));
    merged.addAll(lines);
    more.put(file, merged);
    return new LineCoverage(more, measured);
  }

  private static Set<Integer> within(Set<Integer> lines, LineRange range) {
    Set<Integer> in = new TreeSet<>();
    lines.stream().filter(range::contains).forEach(in::add);
    return in;
  }
}
