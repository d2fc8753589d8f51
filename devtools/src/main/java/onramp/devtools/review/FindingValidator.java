package onramp.devtools.review;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import onramp.devtools.ChangedFile;
import onramp.devtools.Diff;
import onramp.devtools.Finding;
import onramp.devtools.LineRange;

/**
 * Checks each finding the model gave like user input: the file is one of the diff and exists, the
 * lines are changed lines inside the file, the finding is not a repeat. What fails is dropped with
 * its reason, never silently.
 */
final class FindingValidator {
  static final String NOT_IN_DIFF = "file not in the diff";
  static final String NO_SUCH_FILE = "file does not exist";
  static final String BAD_RANGE = "line range not valid";
  static final String PAST_END = "lines past the end of the file";
  static final String OUTSIDE_CHANGE = "lines outside the changed lines";
  static final String DUPLICATE = "duplicate";

  private final Path repo;
  private final Diff diff;
  private final Map<String, Integer> lineCounts = new HashMap<>();

  FindingValidator(Path repo, Diff diff) {
    this.repo = repo;
    this.diff = diff;
  }

  record Checked(List<Finding> kept, List<ModelReview.Dropped> dropped) {}

  /** {@code items}: the {@code findings} array, already checked against the schema. */
  Checked check(JsonNode items) {
    List<Finding> kept = new ArrayList<>();
    List<ModelReview.Dropped> dropped = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (JsonNode item : items) {
      String file = normalized(item.path("file").asText());
      int start = item.path("startLine").asInt();
      int end = item.path("endLine").asInt();
      String message = item.path("message").asText();
      Optional<String> why = problem(file, start, end);
      if (why.isEmpty() && !seen.add(file + ":" + start + "-" + end + ":" + message)) {
        why = Optional.of(DUPLICATE);
      }
      if (why.isPresent()) {
        dropped.add(new ModelReview.Dropped(file, start + "-" + end, why.get(), message));
        continue;
      }
      JsonNode s = item.path("suggestion");
      Optional<String> suggestion = s.isTextual() ? Optional.of(s.asText()) : Optional.empty();
      kept.add(
          new Finding(
              file,
              new LineRange(start, end),
              severity(item.path("severity").asText()),
              item.path("category").asText(),
              message,
              Finding.Source.MODEL,
              Optional.empty(),
              suggestion,
              suggestion.isPresent()
                  ? Finding.Verification.UNVERIFIED
                  : Finding.Verification.NONE));
    }
    return new Checked(kept, dropped);
  }

  private Optional<String> problem(String file, int start, int end) {
    Optional<ChangedFile> changed = diff.file(file);
    if (changed.isEmpty()) {
      return Optional.of(NOT_IN_DIFF);
    }
    Path path = repo.resolve(file).normalize();
    if (!path.startsWith(repo) || !Files.isRegularFile(path)) {
      return Optional.of(NO_SUCH_FILE);
    }
    if (start < 1 || end < start) {
      return Optional.of(BAD_RANGE);
    }
    if (end > lineCount(file, path)) {
      return Optional.of(PAST_END);
    }
    for (int line = start; line <= end; line++) {
      if (!changed.get().touches(line)) {
        return Optional.of(OUTSIDE_CHANGE);
      }
    }
    return Optional.empty();
  }

  private int lineCount(String file, Path path) {
    return lineCounts.computeIfAbsent(
        file,
        f -> {
          try {
            return (int) Files.readString(path, StandardCharsets.UTF_8).lines().count();
          } catch (IOException | java.io.UncheckedIOException e) {
            return 0;
          }
        });
  }

  /** {@code ./src\a.ts} → {@code src/a.ts}: how models sometimes write a path. */
  static String normalized(String file) {
    String f = file.strip().replace('\\', '/');
    while (f.startsWith("./")) {
      f = f.substring(2);
    }
    return f;
  }

  private static Finding.Severity severity(String s) {
    return switch (s.toLowerCase(Locale.ROOT)) {
      case "blocker" -> Finding.Severity.BLOCKER;
      case "warning" -> Finding.Severity.WARNING;
      default -> Finding.Severity.INFO;
    };
  }
}
