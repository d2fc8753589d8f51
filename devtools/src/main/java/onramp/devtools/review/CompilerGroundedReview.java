package onramp.devtools.review;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import onramp.devtools.ChangedFile;
import onramp.devtools.Diff;
import onramp.devtools.Finding;
import onramp.devtools.context.ReviewContext;
import onramp.devtools.context.ReviewContextBuilder;
import onramp.devtools.exec.ToolException;
import onramp.devtools.git.GitDiff;
import onramp.devtools.report.ModelCall;
import onramp.devtools.report.ReviewReport;
import onramp.devtools.typescript.LintResult;
import onramp.devtools.typescript.OnTheDiff;
import onramp.devtools.typescript.TypeScriptProject;
import onramp.gateway.config.RemoteChatModel;

/**
 * The review: the diff, the repository's own type checker and linter first (facts, kept on the
 * changed lines), then — when a gateway is configured — the model with the context of every hunk,
 * its findings validated and its suggestions type-checked in a scratch copy. Without a gateway the
 * report says the model was off and carries the checker's findings only.
 */
public final class CompilerGroundedReview implements ReviewRunner {
  /** How long the type check may run (the repository's whole tsc). */
  public static final Duration TYPE_CHECK_LIMIT = Duration.ofMinutes(5);

  static final Duration LINT_LIMIT = Duration.ofMinutes(3);
  static final Duration MODEL_TIMEOUT = Duration.ofMinutes(3);

  private final Optional<ModelConnection> model;
  private final String team;
  private final String user;

  private CompilerGroundedReview(Optional<ModelConnection> model, String team, String user) {
    this.model = model;
    this.team = team;
    this.user = user;
  }

  /**
   * The review as the command line runs it: the gateway service from {@code ONRAMP_GATEWAY_URL} and
   * {@code ONRAMP_GATEWAY_KEY} (both, or neither: model off), the model from {@code
   * ONRAMP_TS_MODEL} (default {@value ModelConnection#DEFAULT_MODEL}).
   *
   * @throws ReviewException when only one of the two variables is set, or the address is not a URL
   */
  public static CompilerGroundedReview fromEnvironment(Function<String, Optional<String>> env) {
    try {
      return new CompilerGroundedReview(
          ModelConnection.fromEnvironment(env, env.apply("ONRAMP_TS_MODEL")),
          env.apply("ONRAMP_TEAM").orElse("engineering"),
          env.apply("USER").orElse("engineer"));
    } catch (IllegalArgumentException e) {
      throw new ReviewException(String.valueOf(e.getMessage()), e);
    }
  }

  /** A review with the model reached through {@code connection}, or none. */
  public static CompilerGroundedReview with(Optional<ModelConnection> connection) {
    return new CompilerGroundedReview(connection, "engineering", "engineer");
  }

  @Override
  public ReviewReport run(ReviewRequest request) {
    Path repo = request.repo().toAbsolutePath().normalize();
    Map<String, Duration> timings = new LinkedHashMap<>();
    Map<String, String> tools = new LinkedHashMap<>();
    List<String> notes = new ArrayList<>();
    try {
      long t = System.nanoTime();
      Diff diff = GitDiff.of(repo, request.base());
      timings.put("diff", since(t));
      if (diff.files().isEmpty()) {
        notes.add("no TypeScript file changed against " + diff.base() + ": nothing to review");
        return new ReviewReport(
            repo.toString(), diff, List.of(), notes, tools, timings, Optional.empty());
      }

      t = System.nanoTime();
      TypeScriptProject project = TypeScriptProject.open(repo);
      tools.put("typescript", project.typeScriptVersion());
      List<Finding> facts = new ArrayList<>(project.typeCheck(TYPE_CHECK_LIMIT));
      timings.put("tsc", since(t));

      t = System.nanoTime();
      LintResult lint =
          project.lint(diff.files().stream().map(ChangedFile::path).toList(), LINT_LIMIT);
      facts.addAll(lint.findings());
      notes.addAll(lint.notes());
      timings.put("eslint", since(t));

      OnTheDiff onTheDiff = OnTheDiff.of(diff, facts);
      if (onTheDiff.dropped() > 0) {
        notes.add(onTheDiff.summary());
      }
      List<Finding> findings = new ArrayList<>(onTheDiff.kept());

      Optional<ModelCall> call = Optional.empty();
      if (model.isEmpty()) {
        notes.add(
            "model off: no gateway configured (set "
                + ModelConnection.URL_ENV
                + " and "
                + ModelConnection.KEY_ENV
                + "); type-checker and linter findings only");
      } else {
        t = System.nanoTime();
        ReviewContext context = ReviewContextBuilder.forRepository(repo).build(diff);
        timings.put("context", since(t));
        context.leftOut().forEach(l -> notes.add("context left out: " + l));
        notes.addAll(context.notes());

        t = System.nanoTime();
        ModelConnection connection = model.get();
        ModelReview review;
        try (RemoteChatModel chat = connection.open(MODEL_TIMEOUT)) {
          review =
              ModelReviewer.of(chat, connection.model(), team, user)
                  .review(repo, diff, context, onTheDiff.kept());
        }
        timings.put("model", since(t));
        notes.addAll(review.notes());
        review
            .droppedByReason()
            .forEach((why, n) -> notes.add(n + " model finding(s) dropped: " + why));

        t = System.nanoTime();
        SuggestionVerifier.Result verified =
            SuggestionVerifier.of(CompilerGroundedReview::typeCheck, TYPE_CHECK_LIMIT)
                .verify(repo, review.findings());
        timings.put("verify", since(t));
        notes.addAll(verified.notes());
        findings.addAll(verified.findings());
        call =
            review
                .usage()
                .map(
                    u ->
                        new ModelCall(
                            connection.model(),
                            u.input() + u.cacheRead() + u.cacheWrite5m() + u.cacheWrite1h(),
                            u.output(),
                            Optional.<BigDecimal>empty()));
      }
      return new ReviewReport(repo.toString(), diff, findings, notes, tools, timings, call);
    } catch (ToolException e) {
      throw new ReviewException(String.valueOf(e.getMessage()), e);
    }
  }

  /** The type check of a scratch copy, as the verifier asks for it. */
  private static List<Finding> typeCheck(Path dir, Duration limit) {
    try {
      return TypeScriptProject.open(dir).typeCheck(limit);
    } catch (ToolException e) {
      throw new TypeCheck.Unavailable(String.valueOf(e.getMessage()));
    }
  }

  private static Duration since(long nanos) {
    return Duration.ofNanos(System.nanoTime() - nanos);
  }
}
