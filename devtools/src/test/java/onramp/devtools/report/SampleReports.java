package onramp.devtools.report;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import onramp.devtools.ChangedFile;
import onramp.devtools.Diff;
import onramp.devtools.Finding;
import onramp.devtools.Finding.Severity;
import onramp.devtools.Finding.Source;
import onramp.devtools.Finding.Verification;
import onramp.devtools.LineRange;

/** Reports built by hand: every source, severity and verification, and the awkward texts. */
final class SampleReports {
  static final String BACKTICK_MESSAGE =
      "Use `await` here: the promise from ``save()`` is dropped.\n"
          + "Its rejection would go unhandled.";
  static final String ANGLE_MESSAGE =
      "Type 'Promise<void>' is not assignable to type 'string'.\n"
          + "  Type 'A & B' has *no* [index] signature | _see_ #12 ~ \\ docs";
  static final String UNICODE_PATH = "src/ünïcödé/日本語 ファイル.ts";
  static final String FENCE_SUGGESTION = "const md = \"```ts\\ncode\\n```\";\nreturn md;";

  private SampleReports() {}

  static Diff diff() {
    return new Diff(
        "3f2a9c1",
        "9b8e7d6",
        List.of(
            new ChangedFile(
                "src/cart.ts",
                ChangedFile.Status.MODIFIED,
                List.of(new LineRange(10, 14), new LineRange(30, 30))),
            new ChangedFile(UNICODE_PATH, ChangedFile.Status.ADDED, List.of(new LineRange(1, 40))),
            new ChangedFile(
                "src/quiet.ts", ChangedFile.Status.RENAMED, List.of(new LineRange(5, 6)))),
        List.of(
            new Diff.Skipped("assets/logo.png", "binary"),
            new Diff.Skipped("src/old.ts", "deleted"),
            new Diff.Skipped("README.md", "not TypeScript")));
  }

  /** A finding of every source, severity and verification, on the diff's changed lines. */
  static List<Finding> everyKind() {
    List<Finding> out = new ArrayList<>();
    out.add(
        new Finding(
            "src/cart.ts",
            new LineRange(12, 12),
            Severity.BLOCKER,
            "type-error",
            ANGLE_MESSAGE,
            Source.TSC,
            Optional.of("TS2322"),
            Optional.empty(),
            Verification.NONE));
    out.add(
        new Finding(
            "src/cart.ts",
            new LineRange(30, 30),
            Severity.WARNING,
            "unhandled-promise",
            BACKTICK_MESSAGE,
            Source.ESLINT,
            Optional.of("@typescript-eslint/no-floating-promises"),
            Optional.of("await cart.save();"),
            Verification.VERIFIED));
    out.add(
        new Finding(
            "src/cart.ts",
            new LineRange(10, 11),
            Severity.BLOCKER,
            "null-dereference",
            "`user` may be null here; the lookup returns null for a deleted account.",
            Source.MODEL,
            Optional.empty(),
            Optional.of("if (user === null) {\n  return 0;\n}"),
            Verification.VERIFIED));
    out.add(
        new Finding(
            UNICODE_PATH,
            new LineRange(3, 5),
            Severity.WARNING,
            "wrong-import",
            "Importe « Prix » depuis le mauvais module — 価格 は ./pricing から。",
            Source.MODEL,
            Optional.empty(),
            Optional.of(FENCE_SUGGESTION),
            Verification.FAILED));
    out.add(
        new Finding(
            UNICODE_PATH,
            new LineRange(20, 20),
            Severity.INFO,
            "readability",
            "This loop could be a single `reduce`.",
            Source.MODEL,
            Optional.empty(),
            Optional.of(""),
            Verification.UNVERIFIED));
    out.add(
        new Finding(
            UNICODE_PATH,
            new LineRange(8, 8),
            Severity.INFO,
            "style",
            "Prefer const.",
            Source.ESLINT,
            Optional.of("prefer-const"),
            Optional.empty(),
            Verification.NONE));
    return out;
  }

  static Map<String, Duration> timings() {
    Map<String, Duration> t = new LinkedHashMap<>();
    t.put("diff", Duration.ofMillis(42));
    t.put("tsc", Duration.ofMillis(2_870));
    t.put("eslint", Duration.ofMillis(1_130));
    t.put("model", Duration.ofMillis(6_400));
    return t;
  }

  static ReviewReport full() {
    return new ReviewReport(
        "/work/repos/checkout",
        diff(),
        everyKind(),
        List.of("context left out: 2 imported declarations over the 20,000-token budget"),
        Map.of("typescript", "5.6.3", "eslint", "9.14.0"),
        timings(),
        Optional.of(
            new ModelCall(
                "claude-sonnet-4-5", 12_345, 678, Optional.of(new BigDecimal("0.0472")))));
  }

  static ReviewReport clean() {
    return new ReviewReport(
        "/work/repos/checkout",
        diff(),
        List.of(),
        List.of(),
        Map.of("typescript", "5.6.3"),
        timings(),
        Optional.of(new ModelCall("claude-sonnet-4-5", 900, 12, Optional.empty())));
  }

  static ReviewReport modelOff() {
    List<Finding> facts = everyKind().stream().filter(f -> f.source() != Source.MODEL).toList();
    return new ReviewReport(
        "/work/repos/checkout",
        diff(),
        facts,
        List.of(
            "model off: no ONRAMP_GATEWAY_URL; type-checker and linter findings only",
            "3 model findings outside the diff dropped"),
        Map.of("typescript", "5.6.3", "eslint", "9.14.0"),
        Map.of(),
        Optional.empty());
  }

  /** Only warnings and infos: nothing blocks. */
  static ReviewReport warningsOnly() {
    List<Finding> some =
        everyKind().stream().filter(f -> f.severity() != Severity.BLOCKER).toList();
    return new ReviewReport(
        "https://github.example/acme/shop",
        diff(),
        some,
        List.of(),
        Map.of(),
        Map.of(),
        Optional.empty());
  }

  static ReviewReport withSkipped(int count) {
    List<Diff.Skipped> skipped = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      skipped.add(new Diff.Skipped(String.format("gen/file%05d.ts", i), "over the file budget"));
    }
    return new ReviewReport(
        "/work/repos/checkout",
        new Diff("3f2a9c1", "WORKTREE", diff().files(), skipped),
        List.of(),
        List.of(),
        Map.of(),
        Map.of(),
        Optional.empty());
  }
}
