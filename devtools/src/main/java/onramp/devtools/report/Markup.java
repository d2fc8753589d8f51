package onramp.devtools.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import onramp.devtools.Finding;
import onramp.devtools.LineRange;

/**
 * Markdown pieces shared by the Markdown report and GitHub's review bodies: text that stays text (a
 * compiler message with {@code Promise<void>} or backticks in it), code spans and fences that hold
 * any content, links to lines, and the words for severities and verifications.
 */
final class Markup {
  private Markup() {}

  private static final Pattern SPECIAL = Pattern.compile("[\\\\`*_\\[\\]<>|~&#]");
  private static final Pattern BACKTICKS = Pattern.compile("`+");

  /**
   * {@code text} as Markdown that renders as exactly that text; lines after the first are indented
   * by {@code indent} and joined with hard breaks, so a multi-line message stays in its list item.
   */
  static String text(String text, String indent) {
    String[] lines = text.strip().split("\\R", -1);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        out.append("\\\n").append(indent);
      }
      out.append(SPECIAL.matcher(lines[i].strip()).replaceAll("\\\\$0"));
    }
    return out.toString();
  }

  /** A code span holding {@code text} as is, however many backticks it contains. */
  static String code(String text) {
    String oneLine = text.replaceAll("\\R", " ");
    String ticks = "`".repeat(longestBacktickRun(oneLine) + 1);
    boolean pad = oneLine.startsWith("`") || oneLine.endsWith("`");
    return ticks + (pad ? " " : "") + oneLine + (pad ? " " : "") + ticks;
  }

  /**
   * A fenced block of {@code info} (e.g. {@code suggestion}) holding {@code content} verbatim, each
   * line prefixed with {@code indent}; the fence is longer than any backtick run inside.
   */
  static String fence(String info, String content, String indent) {
    String ticks = "`".repeat(Math.max(3, longestBacktickRun(content) + 1));
    StringBuilder out = new StringBuilder(indent).append(ticks).append(info).append('\n');
    if (!content.isEmpty()) {
      for (String line : content.split("\\R", -1)) {
        out.append(line.isEmpty() ? "" : indent).append(line).append('\n');
      }
    }
    return out.append(indent).append(ticks).append('\n').toString();
  }

  private static int longestBacktickRun(String s) {
    int max = 0;
    Matcher m = BACKTICKS.matcher(s);
    while (m.find()) {
      max = Math.max(max, m.group().length());
    }
    return max;
  }

  /** "line 12" or "lines 12–14". */
  static String lines(LineRange r) {
    return r.start() == r.end() ? "line " + r.start() : "lines " + r.start() + "–" + r.end();
  }

  /**
   * Where a file's lines are: on the web when the repository is a web address and the head a
   * commit, else relative to the repository root (as GitHub resolves links in a repository).
   */
  static String link(ReviewReport report, String path, LineRange r) {
    String anchor = "#L" + r.start() + (r.end() == r.start() ? "" : "-L" + r.end());
    String repo = report.repository();
    if (repo.startsWith("https://") && report.head().matches("[0-9a-f]{7,64}")) {
      return stripSlash(repo) + "/blob/" + report.head() + "/" + urlPath(path) + anchor;
    }
    return urlPath(path) + anchor;
  }

  private static String stripSlash(String s) {
    return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
  }

  /** A path as a URL path: unreserved characters and slashes kept, the rest percent-encoded. */
  static String urlPath(String path) {
    StringBuilder out = new StringBuilder();
    for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || "-._~/".indexOf(c) >= 0) {
        out.append((char) c);
      } else {
        out.append('%').append(String.format(Locale.ROOT, "%02X", c));
      }
    }
    return out.toString();
  }

  static String severity(Finding.Severity s) {
    return switch (s) {
      case BLOCKER -> "🛑 **blocker**";
      case WARNING -> "⚠️ **warning**";
      case INFO -> "ℹ️ **info**";
    };
  }

  /** What became of the suggestion, for a reader; empty when there was none. */
  static String verification(Finding.Verification v) {
    return switch (v) {
      case NONE -> "";
      case VERIFIED ->
          "✅ Verified: applied to a scratch copy, it type-checks and the problem is gone.";
      case FAILED ->
          "❌ Not verified: applied to a scratch copy, it does not type-check or the problem stays.";
      case UNVERIFIED -> "❔ Unverified: it could not be type-checked; read it with care.";
    };
  }

  /** "850 ms", "3.2 s". */
  static String duration(Duration d) {
    long ms = d.toMillis();
    if (ms < 1000) {
      return ms + " ms";
    }
    return BigDecimal.valueOf(ms).movePointLeft(3).setScale(1, RoundingMode.HALF_UP) + " s";
  }

  /** "$0.0123". */
  static String usd(BigDecimal amount) {
    return "$" + amount.stripTrailingZeros().toPlainString();
  }
}
