package onramp.devtools.typescript;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import onramp.devtools.Finding;
import onramp.devtools.LineRange;
import org.jspecify.annotations.Nullable;

/**
 * Reads {@code tsc --pretty false} output: {@code file(line,col): error TS1234: message}, with the
 * indented lines that follow as the rest of the message ("Type 'X' is not assignable…"), and the
 * diagnostics that name no file ({@code error TS5023: …}), which go on the tsconfig.
 */
final class Tsc {
  private static final Pattern LOCATED =
      Pattern.compile("^(.+?)\\((\\d+),(\\d+)\\): (error|warning|message) (TS\\d+): (.*)$");
  private static final Pattern GLOBAL = Pattern.compile("^(error|warning|message) (TS\\d+): (.*)$");

  private Tsc() {}

  /** What tsc said: located diagnostics, and those that name no file. */
  record Output(List<Finding> located, List<Finding> global) {}

  /**
   * @param cwd where tsc ran (its paths are relative to it)
   * @param root the repository root findings are relative to
   * @param tsconfig relative to root, where diagnostics without a file are put
   */
  static Output parse(String text, Path cwd, Path root, String tsconfig) {
    List<Finding> located = new ArrayList<>();
    List<Finding> global = new ArrayList<>();
    @Nullable Draft draft = null;
    for (String line : text.split("\\R")) {
      Matcher m = LOCATED.matcher(line);
      Matcher g = GLOBAL.matcher(line);
      if (m.matches()) {
        flush(draft, located, global);
        int l = Integer.parseInt(m.group(2));
        draft =
            new Draft(
                Paths.relative(root, cwd.resolve(m.group(1))),
                Math.max(1, l),
                m.group(4),
                m.group(5),
                new StringBuilder(m.group(6)),
                false);
      } else if (g.matches()) {
        flush(draft, located, global);
        draft = new Draft(tsconfig, 1, g.group(1), g.group(2), new StringBuilder(g.group(3)), true);
      } else if (draft != null && !line.isBlank() && Character.isWhitespace(line.charAt(0))) {
        draft.message().append('\n').append(line.replaceFirst("^ {2}", ""));
      }
    }
    flush(draft, located, global);
    return new Output(located, global);
  }

  private record Draft(
      String file, int line, String level, String code, StringBuilder message, boolean global) {}

  private static void flush(@Nullable Draft d, List<Finding> located, List<Finding> global) {
    if (d == null) {
      return;
    }
    Finding f =
        new Finding(
            d.file(),
            new LineRange(d.line(), d.line()),
            switch (d.level()) {
              case "error" -> Finding.Severity.BLOCKER;
              case "warning" -> Finding.Severity.WARNING;
              default -> Finding.Severity.INFO;
            },
            "type-error",
            d.message().toString(),
            Finding.Source.TSC,
            Optional.of(d.code()),
            Optional.empty(),
            Finding.Verification.NONE);
    (d.global() ? global : located).add(f);
  }
}
