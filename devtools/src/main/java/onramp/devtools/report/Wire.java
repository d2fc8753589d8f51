package onramp.devtools.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import onramp.devtools.ChangedFile;
import onramp.devtools.Finding;

/** What every format shares: the lower-case names of values, and the order findings appear in. */
final class Wire {
  private Wire() {}

  /** {@code tsc}, {@code eslint}, {@code model}; {@code blocker}, …: an enum as written out. */
  static String name(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  /** The enum constant written as {@link #name}; a clear error naming the field otherwise. */
  static <E extends Enum<E>> E parse(Class<E> type, String field, String text) {
    for (E e : type.getEnumConstants()) {
      if (name(e).equals(text)) {
        return e;
      }
    }
    List<String> allowed = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      allowed.add(name(e));
    }
    throw new IllegalArgumentException(
        field + " is \"" + text + "\"; expected one of " + String.join(", ", allowed));
  }

  /**
   * Findings by file: the diff's files in the diff's order, then any other file by path; within a
   * file by first line, then blockers before warnings before infos.
   */
  static Map<String, List<Finding>> byFile(ReviewReport report) {
    Map<String, List<Finding>> out = new LinkedHashMap<>();
    for (ChangedFile f : report.files()) {
      out.put(f.path(), new ArrayList<>());
    }
    Map<String, List<Finding>> others = new TreeMap<>();
    for (Finding f : report.findings()) {
      List<Finding> list = out.get(f.file());
      (list != null ? list : others.computeIfAbsent(f.file(), k -> new ArrayList<>())).add(f);
    }
    out.putAll(others);
    out.values().removeIf(List::isEmpty);
    out.values().forEach(list -> list.sort(ORDER));
    return out;
  }

  /** Every finding in the order of {@link #byFile}. */
  static List<Finding> ordered(ReviewReport report) {
    return byFile(report).values().stream().flatMap(List::stream).toList();
  }

  private static final Comparator<Finding> ORDER =
      Comparator.<Finding>comparingInt(f -> f.lines().start())
          .thenComparing(Finding::severity)
          .thenComparingInt(f -> f.lines().end());

  /** The rule a finding is filed under: the checker's code, else the model's category. */
  static String ruleId(Finding f) {
    return f.rule().orElse(f.category());
  }

  /** One line for a reader on how the review ended, e.g. "2 blocking, 1 warning in 3 files". */
  static String summary(ReviewReport report) {
    int files = report.files().size();
    String reviewed =
        files + (files == 1 ? " changed TypeScript file" : " changed TypeScript files");
    if (report.findings().isEmpty()) {
      return "No findings in " + reviewed + ".";
    }
    long blockers = report.count(Finding.Severity.BLOCKER);
    long warnings = report.count(Finding.Severity.WARNING);
    long infos = report.count(Finding.Severity.INFO);
    List<String> parts = new ArrayList<>();
    parts.add(blockers + " blocking");
    parts.add(warnings + (warnings == 1 ? " warning" : " warnings"));
    parts.add(infos + (infos == 1 ? " note" : " notes"));
    return String.join(", ", parts) + " in " + reviewed + ".";
  }
}
