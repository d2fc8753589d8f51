package onramp.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Function;
import onramp.app.system.CommandDatabase;
import onramp.devtools.dx.DxException;
import onramp.devtools.dx.DxReport;
import onramp.devtools.dx.DxReportFormat;
import onramp.devtools.dx.DxStore;
import onramp.devtools.dx.ExperimentPlan;
import onramp.devtools.dx.Fate;
import onramp.devtools.dx.FixDetector;
import onramp.devtools.dx.GitHubReactions;
import onramp.devtools.dx.SurveyResponse;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ./onramp dx …}: whether the TypeScript assistant helps — the rollout plan, the survey, the
 * teams' repositories, what became of findings, and the report (team level only).
 */
@Command(
    name = "dx",
    mixinStandardHelpOptions = true,
    description =
        "Measure the TypeScript assistant: plan, survey, repo, feedback, reactions, fixes, report.",
    subcommands = {
      DxCommand.Plan.class,
      DxCommand.Survey.class,
      DxCommand.Repo.class,
      DxCommand.Feedback.class,
      DxCommand.Reactions.class,
      DxCommand.Fixes.class,
      DxCommand.Report.class
    })
public final class DxCommand implements Callable<Integer> {
  @Spec @Nullable CommandSpec spec;

  final Function<String, Optional<String>> env;
  final Clock clock;

  public DxCommand() {
    this(name -> Optional.ofNullable(System.getenv(name)), Clock.systemUTC());
  }

  DxCommand(Function<String, Optional<String>> env, Clock clock) {
    this.env = env;
    this.clock = clock;
  }

  @Override
  public Integer call() {
    Objects.requireNonNull(spec, "picocli's @Spec").commandLine().usage(System.err);
    return 2;
  }

  /** The shared work of every subcommand: the database, the store, errors said plainly. */
  abstract static class Sub implements Callable<Integer> {
    @Mixin DataDirOption dataDir = new DataDirOption();
    @CommandLine.ParentCommand @Nullable DxCommand parent;
    @Spec @Nullable CommandSpec spec;

    abstract int run(DxStore store, PrintWriter out, PrintWriter err, Clock clock);

    @Override
    public Integer call() {
      CommandSpec cs = Objects.requireNonNull(spec, "picocli's @Spec");
      DxCommand dx = Objects.requireNonNull(parent, "picocli's @ParentCommand");
      PrintWriter out = cs.commandLine().getOut();
      PrintWriter err = cs.commandLine().getErr();
      try (CommandDatabase db = CommandDatabase.open(dataDir.resolve(dx.env), dx.env)) {
        int code = run(DxStore.on(db.dataSource(), dx.clock), out, err, dx.clock);
        out.flush();
        return code;
      } catch (DxException e) {
        err.println("onramp dx " + cs.name() + ": " + e.getMessage());
        return 2;
      }
    }

    static LocalDate date(String option, String value) {
      try {
        return LocalDate.parse(value);
      } catch (DateTimeParseException e) {
        throw new DxException(option + " '" + value + "' is not a date YYYY-MM-DD");
      }
    }
  }

  @Command(
      name = "plan",
      mixinStandardHelpOptions = true,
      description = {
        "Assign teams at random (recorded seed) to staggered start dates, and store the plan;"
            + " without --teams, print the stored plan."
      })
  static final class Plan extends Sub {
    @Option(names = "--teams", split = ",", paramLabel = "a,b,c", description = "The teams.")
    List<String> teams = List.of();

    @Option(names = "--start", paramLabel = "YYYY-MM-DD", description = "The first wave's start.")
    Optional<String> start = Optional.empty();

    @Option(
        names = "--waves",
        paramLabel = "N",
        defaultValue = "3",
        description = "Waves (default 3).")
    int waves;

    @Option(
        names = "--wave-weeks",
        paramLabel = "N",
        defaultValue = "2",
        description = "Weeks between waves (default 2).")
    int waveWeeks;

    @Option(
        names = "--seed",
        paramLabel = "S",
        description = "The random seed, recorded with the plan.")
    Optional<Long> seed = Optional.empty();

    @Option(
        names = "--replace",
        description = "Store a new plan although one exists (only before any wave started).")
    boolean replace;

    @Override
    int run(DxStore store, PrintWriter out, PrintWriter err, Clock clock) {
      if (teams.isEmpty()) {
        Optional<ExperimentPlan> plan = store.plan();
        if (plan.isEmpty()) {
          err.println(
              "onramp dx plan: no plan yet; draw one with --teams a,b,c --start YYYY-MM-DD --waves N --seed S");
          return 2;
        }
        print(plan.get(), out);
        return 0;
      }
      if (start.isEmpty() || seed.isEmpty()) {
        err.println(
            "onramp dx plan: --start and --seed are needed with --teams (the seed is recorded so the draw can be checked)");
        return 2;
      }
      ExperimentPlan plan =
          store.savePlan(
              ExperimentPlan.assign(
                  teams, date("--start", start.get()), waves, waveWeeks, seed.get()),
              replace);
      print(plan, out);
      return 0;
    }

    private static void print(ExperimentPlan plan, PrintWriter out) {
      out.printf(
          "Rollout from %s: %d waves, %d weeks apart, seed %d%n",
          plan.start(), plan.waves(), plan.waveWeeks(), plan.seed());
      for (ExperimentPlan.Assignment a : plan.assignments()) {
        out.printf("wave %d  starts %s  %s%n", a.wave(), a.starts(), a.team());
      }
    }
  }

  @Command(
      name = "survey",
      mixinStandardHelpOptions = true,
      description =
          "Record one anonymous survey answer (1 = much worse … 5 = much better); no name is stored.")
  static final class Survey extends Sub {
    @Option(names = "--team", required = true, paramLabel = "T")
    String team = "";

    @Option(
        names = "--speed",
        required = true,
        paramLabel = "1-5",
        description = "How it changed the speed of your work.")
    int speed;

    @Option(
        names = "--quality",
        required = true,
        paramLabel = "1-5",
        description = "How it changed the quality of your work.")
    int quality;

    @Option(
        names = "--satisfaction",
        required = true,
        paramLabel = "1-5",
        description = "How satisfied you are with it.")
    int satisfaction;

    @Option(
        names = "--wave",
        paramLabel = "N",
        description = "The survey round; default: the wave under way today.")
    Optional<Integer> wave = Optional.empty();

    @Override
    int run(DxStore store, PrintWriter out, PrintWriter err, Clock clock) {
      LocalDate today = LocalDate.now(clock);
      int round =
          wave.or(() -> store.plan().flatMap(p -> p.waveOn(today)))
              .orElseThrow(
                  () ->
                      new DxException(
                          "no wave is under way (no plan, or before its start); pass --wave N"));
      store.recordSurvey(
          new SurveyResponse(team, round, clock.instant(), speed, quality, satisfaction));
      out.println("Thank you: recorded for team " + team + ", wave " + round + ".");
      return 0;
    }
  }

  @Command(
      name = "repo",
      mixinStandardHelpOptions = true,
      description = "Register a local clone of a team's repository for delivery metrics.")
  static final class Repo extends Sub {
    @Option(names = "--team", required = true, paramLabel = "T")
    String team = "";

    @Option(
        names = "--branch",
        defaultValue = "main",
        paramLabel = "B",
        description = "The main branch (default main).")
    String branch = "main";

    @Parameters(paramLabel = "DIR")
    Path dir = Path.of(".");

    @Override
    int run(DxStore store, PrintWriter out, PrintWriter err, Clock clock) {
      int changes = onramp.devtools.dx.DeliveryHistory.read(dir, branch).size(); // readable now
      store.addRepository(
          new DxStore.TeamRepository(team, dir.toAbsolutePath().toString(), branch));
      out.println(
          "Team "
              + team
              + ": "
              + dir.toAbsolutePath()
              + " ("
              + branch
              + "), "
              + changes
              + " merged changes so far.");
      return 0;
    }
  }

  @Command(
      name = "feedback",
      mixinStandardHelpOptions = true,
      description = "Accept or dismiss a finding of a review run (ts feedback does the same).")
  static final class Feedback extends Sub {
    @Option(names = "--run", required = true, paramLabel = "ID")
    String run = "";

    @Option(names = "--finding", required = true, paramLabel = "N")
    int finding;

    @Parameters(paramLabel = "accept|dismiss")
    String verdict = "";

    @Override
    int run(DxStore store, PrintWriter out, PrintWriter err, Clock clock) {
      out.println(feedback(store, run, finding, verdict));
      return 0;
    }
  }

  /** Records a person's verdict on finding {@code n} of a run; says what was recorded. */
  static String feedback(DxStore store, String run, int n, String verdict) {
    Fate fate =
        switch (verdict) {
          case "accept" -> Fate.ACCEPTED;
          case "dismiss" -> Fate.DISMISSED;
          default -> throw new DxException("say accept or dismiss, not '" + verdict + "'");
        };
    store.recordFate(runId(run), n, fate, Fate.Origin.CLI, Optional.empty());
    return "Finding "
        + n
        + " of run "
        + run
        + ": "
        + fate.name().toLowerCase(java.util.Locale.ROOT)
        + ".";
  }

  @Command(
      name = "reactions",
      mixinStandardHelpOptions = true,
      description =
          "Import 👍/👎 on the review's GitHub comments (gh api repos/O/R/pulls/N/comments > FILE).")
  static final class Reactions extends Sub {
    @Option(names = "--run", required = true, paramLabel = "ID")
    String run = "";

    @Parameters(paramLabel = "FILE")
    Path file = Path.of("comments.json");

    @Override
    int run(DxStore store, PrintWriter out, PrintWriter err, Clock clock) {
      GitHubReactions.Result r = GitHubReactions.importFile(store, runId(run), file);
      out.printf(
          "%d comments: %d accepted, %d dismissed, %d matched no finding of the run%n",
          r.comments(), r.accepted(), r.dismissed(), r.unmatched());
      return 0;
    }
  }

  @Command(
      name = "fixes",
      mixinStandardHelpOptions = true,
      description = "Mark findings whose lines a later commit changed as fixed.")
  static final class Fixes extends Sub {
    @Option(names = "--repo", required = true, paramLabel = "DIR")
    Path repo = Path.of(".");

    @Option(names = "--branch", defaultValue = "main", paramLabel = "B")
    String branch = "main";

    @Override
    int run(DxStore store, PrintWriter out, PrintWriter err, Clock clock) {
      FixDetector.Result r =
          FixDetector.detect(
              store, repo, branch, Instant.EPOCH, clock.instant().plusSeconds(86_400));
      out.printf(
          "%d runs examined (%d reviewed commits not in this repository): %d findings fixed%n",
          r.runsExamined(), r.runsNotInRepository(), r.findingsFixed());
      return 0;
    }
  }

  @Command(
      name = "report",
      mixinStandardHelpOptions = true,
      description =
          "Adoption, fates, cost, the effect with its interval, and the survey, team by team.")
  static final class Report extends Sub {
    @Option(
        names = "--from",
        paramLabel = "YYYY-MM-DD",
        description = "Default: 8 weeks before the rollout's start, else 12 weeks ago.")
    Optional<String> from = Optional.empty();

    @Option(
        names = "--to",
        paramLabel = "YYYY-MM-DD",
        description = "Exclusive; default: tomorrow.")
    Optional<String> to = Optional.empty();

    @Option(names = "--format", defaultValue = "markdown", paramLabel = "markdown|json")
    String format = "markdown";

    @Option(
        names = "--seed",
        paramLabel = "S",
        description = "The bootstrap's seed; default: the plan's.")
    Optional<Long> seed = Optional.empty();

    @Override
    int run(DxStore store, PrintWriter out, PrintWriter err, Clock clock) {
      if (!format.equals("markdown") && !format.equals("json")) {
        throw new DxException("--format is markdown or json, not '" + format + "'");
      }
      Optional<ExperimentPlan> plan = store.plan();
      DxReport.Period period =
          DxReport.defaultPeriod(
              plan,
              from.map(f -> date("--from", f)),
              to.map(t -> date("--to", t)),
              LocalDate.now(clock.withZone(ZoneOffset.UTC)));
      DxReport report =
          DxReport.build(
              store,
              period.from(),
              period.to(),
              seed.or(() -> plan.map(ExperimentPlan::seed)).orElse(1L));
      out.print(
          format.equals("json") ? DxReportFormat.json(report) : DxReportFormat.markdown(report));
      return 0;
    }
  }

  static UUID runId(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw new DxException("--run '" + id + "' is not a run id (as ./onramp ts review prints it)");
    }
  }
}
