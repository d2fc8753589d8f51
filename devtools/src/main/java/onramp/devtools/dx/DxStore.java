package onramp.devtools.dx;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import onramp.devtools.Finding;
import onramp.devtools.LineRange;

/** The measurements on PostgreSQL (tables {@code dx_*}, migration V300): plain JDBC. */
public final class DxStore {
  private final DataSource db;
  private final Clock clock;

  private DxStore(DataSource db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  public static DxStore on(DataSource db, Clock clock) {
    return new DxStore(db, clock);
  }

  /**
   * Records a run and its findings; returns the run's id, which {@code ts feedback --run} takes.
   */
  public UUID recordRun(ReviewRun run) {
    UUID id = UUID.randomUUID();
    tx(
        c -> {
          String engineer = Pseudonyms.load(c, clock.instant()).of(run.engineer());
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO dx_run (id, repository, team, engineer, head_commit, started_at,"
                      + " duration_ms, model_used, input_tokens, output_tokens, cost_usd)"
                      + " VALUES (?,?,?,?,?,?,?,?,?,?,?)")) {
            s.setObject(1, id);
            s.setString(2, run.repository());
            s.setString(3, run.team());
            s.setString(4, engineer);
            s.setString(5, run.head().orElse(null));
            s.setTimestamp(6, Timestamp.from(run.startedAt()));
            s.setLong(7, run.duration().toMillis());
            s.setBoolean(8, run.usage().modelUsed());
            s.setLong(9, run.usage().inputTokens());
            s.setLong(10, run.usage().outputTokens());
            s.setBigDecimal(11, run.usage().costUsd());
            s.executeUpdate();
          }
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO dx_finding (run_id, n, file, line_start, line_end, source, severity,"
                      + " category, rule) VALUES (?,?,?,?,?,?,?,?,?)")) {
            int n = 0;
            for (Finding f : run.findings()) {
              s.setObject(1, id);
              s.setInt(2, ++n);
              s.setString(3, f.file());
              s.setInt(4, f.lines().start());
              s.setInt(5, f.lines().end());
              s.setString(6, f.source().name());
              s.setString(7, f.severity().name());
              s.setString(8, f.category());
              s.setString(9, f.rule().orElse(null));
              s.addBatch();
            }
            s.executeBatch();
          }
          return Boolean.TRUE;
        });
    return id;
  }

  /**
   * Records what became of finding {@code n} of a run; a later word from the same origin replaces
   * the earlier one. A clear error when the run or the finding does not exist.
   */
  public void recordFate(
      UUID run, int n, Fate fate, Fate.Origin origin, Optional<String> evidence) {
    tx(
        c -> {
          int count;
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT (SELECT count(*) FROM dx_run WHERE id = ?), (SELECT count(*) FROM dx_finding WHERE run_id = ?)")) {
            s.setObject(1, run);
            s.setObject(2, run);
            try (ResultSet rs = s.executeQuery()) {
              rs.next();
              if (rs.getInt(1) == 0) {
                throw new DxException(
                    "There is no review run "
                        + run
                        + "; the run id is printed by ./onramp ts review.");
              }
              count = rs.getInt(2);
            }
          }
          if (n < 1 || n > count) {
            throw new DxException(
                "Run "
                    + run
                    + " has "
                    + count
                    + " finding(s), numbered 1 to "
                    + count
                    + "; "
                    + n
                    + " given.");
          }
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO dx_fate (run_id, n, fate, origin, decided_at, evidence) VALUES (?,?,?,?,?,?)"
                      + " ON CONFLICT (run_id, n, origin) DO UPDATE SET fate = EXCLUDED.fate,"
                      + " decided_at = EXCLUDED.decided_at, evidence = EXCLUDED.evidence")) {
            s.setObject(1, run);
            s.setInt(2, n);
            s.setString(3, fate.name());
            s.setString(4, origin.name());
            s.setTimestamp(5, Timestamp.from(clock.instant()));
            s.setString(6, evidence.orElse(null));
            s.executeUpdate();
          }
          return Boolean.TRUE;
        });
  }

  /**
   * A stored finding with what is known of its fate (a person's word first, then GitHub, then git).
   */
  public record StoredFinding(
      UUID run,
      int n,
      String team,
      Instant runAt,
      Optional<String> head,
      String file,
      LineRange lines,
      Finding.Source source,
      String category,
      Optional<Fate> fate) {}

  /** The findings of runs started in {@code [from, to)}. */
  public List<StoredFinding> findings(Instant from, Instant to) {
    return query(
        "SELECT f.run_id, f.n, r.team, r.started_at, r.head_commit, f.file, f.line_start, f.line_end,"
            + " f.source, f.category,"
            + " (SELECT fate FROM dx_fate x WHERE x.run_id = f.run_id AND x.n = f.n"
            + "   ORDER BY CASE origin WHEN 'CLI' THEN 0 WHEN 'GITHUB' THEN 1 ELSE 2 END LIMIT 1)"
            + " FROM dx_finding f JOIN dx_run r ON r.id = f.run_id"
            + " WHERE r.started_at >= ? AND r.started_at < ? ORDER BY r.started_at, f.run_id, f.n",
        rs -> {
          String fate = rs.getString(11);
          return new StoredFinding(
              rs.getObject(1, UUID.class),
              rs.getInt(2),
              rs.getString(3),
              rs.getTimestamp(4).toInstant(),
              Optional.ofNullable(rs.getString(5)),
              rs.getString(6),
              new LineRange(rs.getInt(7), rs.getInt(8)),
              Finding.Source.valueOf(rs.getString(9)),
              rs.getString(10),
              fate == null ? Optional.empty() : Optional.of(Fate.valueOf(fate)));
        },
        from,
        to);
  }

  /** A run as the report counts it: the engineer only as a pseudonym. */
  public record StoredRun(
      UUID id,
      String team,
      String engineerPseudonym,
      Instant startedAt,
      Duration duration,
      boolean modelUsed,
      long tokens,
      BigDecimal costUsd) {}

  public List<StoredRun> runs(Instant from, Instant to) {
    return query(
        "SELECT id, team, engineer, started_at, duration_ms, model_used, input_tokens + output_tokens,"
            + " cost_usd FROM dx_run WHERE started_at >= ? AND started_at < ? ORDER BY started_at",
        rs ->
            new StoredRun(
                rs.getObject(1, UUID.class),
                rs.getString(2),
                rs.getString(3),
                rs.getTimestamp(4).toInstant(),
                Duration.ofMillis(rs.getLong(5)),
                rs.getBoolean(6),
                rs.getLong(7),
                rs.getBigDecimal(8)),
        from,
        to);
  }

  /**
   * Stores a rollout plan. Re-randomising after the rollout has begun would break the experiment,
   * so a second plan needs {@code replace}, and every plan stays recorded.
   */
  public ExperimentPlan savePlan(ExperimentPlan plan, boolean replace) {
    return tx(
        c -> {
          if (!replace && planIn(c).isPresent()) {
            throw new DxException(
                "A rollout plan exists already (./onramp dx plan --show); re-drawing it after teams"
                    + " have started breaks the comparison. Pass --replace only if no wave has started.");
          }
          long id;
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO dx_plan (created_at, start_date, waves, wave_weeks, seed) VALUES (?,?,?,?,?) RETURNING id")) {
            s.setTimestamp(1, Timestamp.from(clock.instant()));
            s.setDate(2, Date.valueOf(plan.start()));
            s.setInt(3, plan.waves());
            s.setInt(4, plan.waveWeeks());
            s.setLong(5, plan.seed());
            try (ResultSet rs = s.executeQuery()) {
              rs.next();
              id = rs.getLong(1);
            }
          }
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO dx_plan_team (plan_id, team, wave, start_date) VALUES (?,?,?,?)")) {
            for (ExperimentPlan.Assignment a : plan.assignments()) {
              s.setLong(1, id);
              s.setString(2, a.team());
              s.setInt(3, a.wave());
              s.setDate(4, Date.valueOf(a.starts()));
              s.addBatch();
            }
            s.executeBatch();
          }
          return plan;
        });
  }

  /** The latest plan. */
  public Optional<ExperimentPlan> plan() {
    return tx(DxStore::planIn);
  }

  private static Optional<ExperimentPlan> planIn(Connection c) throws SQLException {
    try (PreparedStatement s =
            c.prepareStatement(
                "SELECT id, start_date, waves, wave_weeks, seed FROM dx_plan ORDER BY id DESC LIMIT 1");
        ResultSet rs = s.executeQuery()) {
      if (!rs.next()) {
        return Optional.empty();
      }
      long id = rs.getLong(1);
      List<ExperimentPlan.Assignment> a = new ArrayList<>();
      try (PreparedStatement t =
          c.prepareStatement(
              "SELECT team, wave, start_date FROM dx_plan_team WHERE plan_id = ? ORDER BY wave, team")) {
        t.setLong(1, id);
        try (ResultSet ts = t.executeQuery()) {
          while (ts.next()) {
            a.add(
                new ExperimentPlan.Assignment(
                    ts.getString(1), ts.getInt(2), ts.getDate(3).toLocalDate()));
          }
        }
      }
      return Optional.of(
          new ExperimentPlan(
              rs.getDate(2).toLocalDate(), rs.getInt(3), rs.getInt(4), rs.getLong(5), a));
    }
  }

  /** A local clone of a team's repository that the report reads delivery metrics from. */
  public record TeamRepository(String team, String location, String branch) {}

  public void addRepository(TeamRepository repo) {
    tx(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO dx_repository (team, location, branch) VALUES (?,?,?)"
                      + " ON CONFLICT (team, location) DO UPDATE SET branch = EXCLUDED.branch")) {
            s.setString(1, repo.team());
            s.setString(2, repo.location());
            s.setString(3, repo.branch());
            s.executeUpdate();
          }
          return Boolean.TRUE;
        });
  }

  public List<TeamRepository> repositories() {
    return query(
        "SELECT team, location, branch FROM dx_repository ORDER BY team, location",
        rs -> new TeamRepository(rs.getString(1), rs.getString(2), rs.getString(3)));
  }

  public void recordSurvey(SurveyResponse r) {
    tx(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO dx_survey (team, wave, submitted_at, speed, quality, satisfaction) VALUES (?,?,?,?,?,?)")) {
            s.setString(1, r.team());
            s.setInt(2, r.wave());
            s.setTimestamp(3, Timestamp.from(r.submittedAt()));
            s.setInt(4, r.speed());
            s.setInt(5, r.quality());
            s.setInt(6, r.satisfaction());
            s.executeUpdate();
          }
          return Boolean.TRUE;
        });
  }

  /** Survey answers submitted in {@code [from, to)}. */
  public List<SurveyResponse> survey(Instant from, Instant to) {
    return query(
        "SELECT team, wave, submitted_at, speed, quality, satisfaction FROM dx_survey"
            + " WHERE submitted_at >= ? AND submitted_at < ? ORDER BY id",
        rs ->
            new SurveyResponse(
                rs.getString(1),
                rs.getInt(2),
                rs.getTimestamp(3).toInstant(),
                rs.getInt(4),
                rs.getInt(5),
                rs.getInt(6)),
        from,
        to);
  }

  private interface Work<T> {
    T in(Connection c) throws SQLException;
  }

  private interface Row<T> {
    T of(ResultSet rs) throws SQLException;
  }

  private <T> List<T> query(String sql, Row<T> row, Instant... between) {
    return tx(
        c -> {
          try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < between.length; i++) {
              s.setTimestamp(i + 1, Timestamp.from(between[i]));
            }
            List<T> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
              while (rs.next()) {
                out.add(row.of(rs));
              }
            }
            return out;
          }
        });
  }

  private <T> T tx(Work<T> work) {
    try (Connection c = db.getConnection()) {
      c.setAutoCommit(false);
      try {
        T t = work.in(c);
        c.commit();
        return t;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new DxException(
          "The measurements database could not be used ("
              + String.valueOf(e.getMessage()).lines().findFirst().orElse("").strip()
              + "); check that it is up and migrated.",
          e);
    }
  }
}
