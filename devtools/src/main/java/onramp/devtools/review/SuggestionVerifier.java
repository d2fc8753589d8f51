package onramp.devtools.review;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import onramp.devtools.Finding;
import onramp.devtools.Finding.Verification;
import onramp.devtools.exec.ScratchCopy;

/**
 * Checks suggested replacements the only way that counts: applies each, alone, in a scratch copy of
 * the repository and runs the project's type check. {@code VERIFIED} when it compiles and the
 * problem is gone — for a finding on the lines of a type error, that error disappears and no new
 * one appears; for any other finding, no new error appears. {@code FAILED} when it does not apply
 * or brings an error. {@code UNVERIFIED} when no type check is possible, the time limit passes, or
 * there are more suggestions than {@link #maxSuggestions}. The copy is deleted afterwards.
 */
public final class SuggestionVerifier {
  private final TypeCheck check;
  private final Duration limitPerCheck;
  private final int maxSuggestions;

  private SuggestionVerifier(TypeCheck check, Duration limitPerCheck, int maxSuggestions) {
    this.check = check;
    this.limitPerCheck = limitPerCheck;
    this.maxSuggestions = maxSuggestions;
  }

  /**
   * @param limitPerCheck how long one type check may take (the untouched copy's included)
   */
  public static SuggestionVerifier of(TypeCheck check, Duration limitPerCheck) {
    return new SuggestionVerifier(check, limitPerCheck, 10);
  }

  /** At most {@code n} suggestions are checked per review (each costs one type check). */
  public SuggestionVerifier maxSuggestions(int n) {
    return new SuggestionVerifier(check, limitPerCheck, n);
  }

  /** The findings, with verifications; and what limited them. */
  public record Result(List<Finding> findings, List<String> notes) {
    public Result {
      findings = List.copyOf(findings);
      notes = List.copyOf(notes);
    }
  }

  public Result verify(Path repo, List<Finding> findings) {
    if (findings.stream().noneMatch(f -> f.suggestion().isPresent())) {
      return new Result(findings, List.of());
    }
    List<String> notes = new ArrayList<>();
    try (ScratchCopy scratch = ScratchCopy.of(repo)) {
      List<Finding> baseline;
      try {
        baseline = errors(check.run(scratch.root(), limitPerCheck));
      } catch (TypeCheck.Unavailable e) {
        notes.add(
            "suggestions not verified: the type check could not run (" + e.getMessage() + ")");
        return new Result(mark(findings, Verification.UNVERIFIED), notes);
      }
      List<Finding> out = new ArrayList<>();
      int checked = 0;
      int over = 0;
      for (Finding f : findings) {
        if (f.suggestion().isEmpty()) {
          out.add(f);
        } else if (checked >= maxSuggestions) {
          over++;
          out.add(f.withVerification(Verification.UNVERIFIED));
        } else {
          checked++;
          out.add(f.withVerification(verifyOne(scratch.root(), f, baseline, notes)));
        }
      }
      if (over > 0) {
        notes.add(over + " suggestion(s) over the limit of " + maxSuggestions + " not verified");
      }
      return new Result(out, notes);
    }
  }

  private Verification verifyOne(
      Path root, Finding finding, List<Finding> baseline, List<String> notes) {
    Path file = root.resolve(finding.file()).normalize();
    if (!file.startsWith(root) || !Files.isRegularFile(file)) {
      return Verification.FAILED;
    }
    String original = read(file);
    String suggestion = finding.suggestion().orElseThrow();
    Optional<String> edited =
        Suggestion.apply(original, finding.lines().start(), finding.lines().end(), suggestion);
    if (edited.isEmpty()) {
      return Verification.FAILED;
    }
    try {
      write(file, edited.get());
      List<Finding> after;
      try {
        after = errors(check.run(root, limitPerCheck));
      } catch (TypeCheck.Unavailable e) {
        notes.add(
            "suggestion for "
                + finding.file()
                + ":"
                + finding.lines().start()
                + " not verified: "
                + e.getMessage());
        return Verification.UNVERIFIED;
      }
      return judge(finding, baseline, after) ? Verification.VERIFIED : Verification.FAILED;
    } finally {
      write(file, original);
    }
  }

  /** Whether the suggestion removed the finding's type errors (if any) and added none. */
  static boolean judge(Finding finding, List<Finding> baseline, List<Finding> after) {
    Map<String, Integer> before = counts(baseline);
    Map<String, Integer> now = counts(after);
    for (Map.Entry<String, Integer> e : now.entrySet()) {
      if (e.getValue() > before.getOrDefault(e.getKey(), 0)) {
        return false; // a new error
      }
    }
    Map<String, Integer> targeted = new HashMap<>();
    baseline.stream()
        .filter(b -> b.file().equals(finding.file()) && b.lines().overlaps(finding.lines()))
        .forEach(b -> targeted.merge(key(b), 1, Integer::sum));
    for (Map.Entry<String, Integer> t : targeted.entrySet()) {
      if (now.getOrDefault(t.getKey(), 0) > before.getOrDefault(t.getKey(), 0) - t.getValue()) {
        return false; // the error it is about is still there
      }
    }
    return true;
  }

  /** Errors by file, code and message: lines move when a suggestion changes the line count. */
  private static Map<String, Integer> counts(List<Finding> errors) {
    Map<String, Integer> counts = new HashMap<>();
    errors.forEach(e -> counts.merge(key(e), 1, Integer::sum));
    return counts;
  }

  private static String key(Finding f) {
    return f.file() + "\u0000" + f.rule().orElse("") + "\u0000" + f.message();
  }

  private static List<Finding> errors(List<Finding> diagnostics) {
    return diagnostics.stream().filter(d -> d.severity() == Finding.Severity.BLOCKER).toList();
  }

  private static List<Finding> mark(List<Finding> findings, Verification v) {
    return findings.stream()
        .map(f -> f.suggestion().isPresent() ? f.withVerification(v) : f)
        .toList();
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + file + " in the scratch copy", e);
    }
  }

  private static void write(Path file, String text) {
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("could not write " + file + " in the scratch copy", e);
    }
  }
}
