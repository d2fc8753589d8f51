package onramp.insights;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;

/** Reads a month's {@link Report} from the database of {@code ./onramp serve}. */
public final class MonthlyReport {
  /** How many months the trends show, the reported one included. */
  public static final int MONTHS = 6;

  private final DataSource dataSource;
  private final Clock clock;
  private final DeveloperImpact.Source developerImpact;

  public MonthlyReport(DataSource dataSource, Clock clock, DeveloperImpact.Source developerImpact) {
    this.dataSource = dataSource;
    this.clock = clock;
    this.developerImpact = developerImpact;
  }

  public Report figures(ReportMonth month) {
    Instant asOf = clock.instant();
    Report.State state =
        !asOf.isBefore(month.end())
            ? Report.State.PAST
            : asOf.isBefore(month.start()) ? Report.State.FUTURE : Report.State.IN_PROGRESS;
    try (Connection c = dataSource.getConnection()) {
      c.setReadOnly(true);
      c.setAutoCommit(false);
      // One snapshot for every figure, so the sections agree with each other.
      c.createStatement().execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ");
      Sql sql = new Sql(c);
      Onboarding onboarding = new OnboardingQuery(sql).load(month, MONTHS, asOf);
      Supply supply =
          Supply.compute(SupplyParameters.read(sql), onboarding.approved(), onboarding.p50Hours());
      Spend spend = new SpendQuery(sql).load(month, MONTHS, asOf, onboarding.approved());
      Adoption adoption = new AdoptionQuery(sql).load(month);
      Governance governance = new GovernanceQuery(sql).load(month, asOf);
      Evaluation evaluation = Evaluation.load(sql, month.end().isAfter(asOf) ? asOf : month.end());
      Optional<String> demo =
          sql
              .list(
                  """
                  SELECT id, seed FROM demo_run
                  WHERE first_month <= ?::date AND last_month >= ?::date
                  ORDER BY created_at DESC LIMIT 1""",
                  rs -> "demo run " + rs.getLong("id") + " (seed " + rs.getLong("seed") + ")",
                  java.sql.Date.valueOf(month.month().atDay(1)),
                  java.sql.Date.valueOf(month.month().atDay(1)))
              .stream()
              .findFirst();
      c.commit();
      DeveloperImpact impact = developerImpact.forMonth(month);
      return new Report(
          month,
          asOf,
          state,
          demo,
          onboarding,
          supply,
          spend,
          adoption,
          impact,
          governance,
          evaluation,
          decisionsDue(onboarding, supply, spend, governance, evaluation));
    } catch (SQLException e) {
      throw new ReportException(
          "The database could not be read for the report: "
              + e.getMessage()
              + ". Check that ./onramp serve's database is up.",
          e);
    }
  }

  /** What the meeting has to decide, from thresholds stated in docs/report.md. */
  static List<String> decisionsDue(
      Onboarding onboarding, Supply supply, Spend spend, Governance governance, Evaluation eval) {
    List<String> due = new ArrayList<>();
    for (Governance.Expiring e : governance.expiring()) {
      due.add(
          "Renew or let lapse the policy exception for "
              + e.vendor()
              + " "
              + e.model()
              + " ("
              + e.purpose()
              + ", ticket "
              + e.ticket()
              + "): it expires on "
              + e.expires()
              + ".");
    }
    for (Spend.Budget b : spend.budgets()) {
      if (b.used() >= 0.8) {
        due.add(
            String.format(
                Locale.ROOT,
                "Budget of %s %s is %.0f%% used (%s of %s USD): raise it or slow use.",
                b.scope().toLowerCase(Locale.ROOT),
                b.name(),
                b.used() * 100,
                b.spent().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString(),
                b.limit().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString()));
      }
    }
    if (onboarding.queueOver7Days() > 0) {
      due.add(
          onboarding.queueOver7Days()
              + " applications had waited more than seven days at month end: staff the review"
              + " queue.");
    }
    if (eval.latest().stream().noneMatch(r -> r.split().equals("heldout"))) {
      due.add(
          "No held-out evaluation is recorded: ask for ./onramp eval --record before trusting"
              + " the decision's accuracy.");
    }
    List<String> assumed =
        supply.parameters().stream()
            .filter(p -> p.basis().equals("ASSUMPTION"))
            .map(Supply.Parameter::name)
            .toList();
    if (!assumed.isEmpty()) {
      due.add(
          "The supply model rests on assumptions ("
              + String.join(", ", assumed)
              + "): name who will measure them.");
    }
    return due;
  }
}
