package onramp.insights;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads {@link Spend} from gateway_audit, gateway_budget_limit, workspace_run and dx_run. */
final class SpendQuery {
  /** The tools that read onboarding documents (onramp.documents.model). */
  static final List<String> ONBOARDING_TOOLS = List.of("licence-front-reader", "i9-page-reader");

  static final String WORKSPACE_TOOL = "workspace";
  static final String REVIEW_TOOL = "ts-assistant";

  private final Sql sql;

  SpendQuery(Sql sql) {
    this.sql = sql;
  }

  Spend load(ReportMonth month, int months, Instant asOf, long approvedDrivers) {
    Instant start = month.start();
    Instant end = month.end();
    List<Spend.Share> byTeam = shares("team", start, end);
    List<Spend.Share> byTool = shares("tool", start, end);
    List<Spend.Share> byModel = shares("model", start, end);
    BigDecimal total =
        byTeam.stream().map(Spend.Share::usd).reduce(BigDecimal.ZERO, BigDecimal::add);
    long calls = byTeam.stream().mapToLong(Spend.Share::calls).sum();
    List<Spend.Budget> budgets =
        sql.list(
            """
            SELECT l.scope, l.name, l.limit_usd,
                   coalesce((SELECT sum(a.cost_usd) FROM gateway_audit a
                             WHERE a.at >= ? AND a.at < ?
                               AND (CASE l.scope WHEN 'TEAM' THEN a.team ELSE a.tool END) = l.name), 0) AS spent
            FROM gateway_budget_limit l ORDER BY l.scope, l.name""",
            rs ->
                new Spend.Budget(
                    rs.getString("scope"),
                    rs.getString("name"),
                    rs.getBigDecimal("limit_usd"),
                    rs.getBigDecimal("spent")),
            start,
            end);
    boolean inProgress = asOf.isBefore(end) && !asOf.isBefore(start);
    BigDecimal forecast = total;
    if (inProgress) {
      double elapsed = Duration.between(start, asOf).toSeconds();
      double whole = Duration.between(start, end).toSeconds();
      forecast =
          elapsed <= 0
              ? total
              : total
                  .multiply(BigDecimal.valueOf(whole / elapsed))
                  .setScale(2, RoundingMode.HALF_UP);
    }
    BigDecimal onboardingSpend =
        byTool.stream()
            .filter(s -> ONBOARDING_TOOLS.contains(s.name()))
            .map(Spend.Share::usd)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal workspaceSpend = spendOf(byTool, WORKSPACE_TOOL);
    BigDecimal reviewSpend = spendOf(byTool, REVIEW_TOOL);
    long workspaceRuns =
        sql.one(
            "SELECT count(*) FROM workspace_run WHERE started_at >= ? AND started_at < ?",
            rs -> rs.getLong(1),
            start,
            end);
    long reviewRuns =
        sql.one(
            "SELECT count(*) FROM dx_run WHERE model_used AND started_at >= ? AND started_at < ?",
            rs -> rs.getLong(1),
            start,
            end);
    ReportMonth first = new ReportMonth(month.month().minusMonths(months - 1L));
    List<Spend.MonthAmount> found =
        sql.list(
            """
            SELECT date_trunc('month', at AT TIME ZONE 'UTC') AS m, sum(cost_usd) AS usd
            FROM gateway_audit WHERE at >= ? AND at < ? GROUP BY 1 ORDER BY 1""",
            rs ->
                new Spend.MonthAmount(
                    new ReportMonth(YearMonth.from(rs.getTimestamp("m").toLocalDateTime())),
                    rs.getBigDecimal("usd")),
            first.start(),
            end);
    List<Spend.MonthAmount> history = new ArrayList<>();
    for (int i = 0; i < months; i++) {
      ReportMonth m = new ReportMonth(first.month().plusMonths(i));
      history.add(
          found.stream()
              .filter(a -> a.month().equals(m))
              .findFirst()
              .orElse(new Spend.MonthAmount(m, BigDecimal.ZERO)));
    }
    boolean vendor =
        sql.one(
            "SELECT EXISTS (SELECT 1 FROM gateway_audit WHERE at >= ? AND at < ? AND vendor IS NOT NULL)",
            rs -> rs.getBoolean(1),
            first.start(),
            end);
    return new Spend(
        total,
        calls,
        byTeam,
        byTool,
        byModel,
        budgets,
        forecast,
        inProgress,
        per(onboardingSpend, approvedDrivers),
        per(workspaceSpend, workspaceRuns),
        per(reviewSpend, reviewRuns),
        history,
        vendor);
  }

  private List<Spend.Share> shares(String column, Instant start, Instant end) {
    return sql.list(
        "SELECT "
            + column
            + " AS name, sum(cost_usd) AS usd, count(*) AS calls FROM gateway_audit"
            + " WHERE at >= ? AND at < ? GROUP BY 1 ORDER BY 2 DESC, 1",
        rs -> new Spend.Share(rs.getString("name"), rs.getBigDecimal("usd"), rs.getLong("calls")),
        start,
        end);
  }

  private static BigDecimal spendOf(List<Spend.Share> byTool, String tool) {
    return byTool.stream()
        .filter(s -> s.name().equals(tool))
        .map(Spend.Share::usd)
        .findFirst()
        .orElse(BigDecimal.ZERO);
  }

  static Optional<BigDecimal> per(BigDecimal usd, long count) {
    return count == 0
        ? Optional.empty()
        : Optional.of(usd.divide(BigDecimal.valueOf(count), new MathContext(12)));
  }
}
