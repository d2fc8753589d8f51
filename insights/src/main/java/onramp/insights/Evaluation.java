package onramp.insights;

import java.time.Instant;
import java.util.List;

/**
 * The onboarding decision's accuracy, as the latest {@code ./onramp eval --record} measured it, on
 * the dev split and on the held-out split (never tuned on).
 */
public record Evaluation(List<Run> latest) {

  /** One recorded evaluation run. */
  public record Run(String split, String corpus, Instant recordedAt, int cases, int correct) {
    public double accuracy() {
      return cases == 0 ? Double.NaN : (double) correct / cases;
    }
  }

  static Evaluation load(Sql sql, Instant asOf) {
    return new Evaluation(
        sql.list(
            """
            SELECT DISTINCT ON (split) split, corpus, recorded_at, cases, correct
            FROM eval_run WHERE recorded_at < ? ORDER BY split, recorded_at DESC, id DESC""",
            rs ->
                new Run(
                    rs.getString("split"),
                    rs.getString("corpus"),
                    rs.getTimestamp("recorded_at").toInstant(),
                    rs.getInt("cases"),
                    rs.getInt("correct")),
            asOf));
  }
}
