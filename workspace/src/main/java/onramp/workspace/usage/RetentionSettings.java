package onramp.workspace.usage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import onramp.gateway.DataClass;

/**
 * Retention per data class in {@code workspace_retention}, read and set by an admin. The sweep that
 * deletes what is due lives elsewhere; this only says how long.
 */
public final class RetentionSettings {
  /** Ten years: longer than any retention rule we know of; more is a typo. */
  public static final int MOST_DAYS = 3_650;

  private final DataSource dataSource;
  private final Clock clock;

  private RetentionSettings(DataSource dataSource, Clock clock) {
    this.dataSource = dataSource;
    this.clock = clock;
  }

  public static RetentionSettings create(DataSource dataSource, Clock clock) {
    return new RetentionSettings(dataSource, clock);
  }

  /** One per data class, least sensitive first. */
  public List<Retention> all() {
    try (Connection c = dataSource.getConnection()) {
      return read(c);
    } catch (SQLException e) {
      throw new UsageDatabaseException("read the workspace retention settings", e);
    }
  }

  /** A change of one data class: what it was, what it is now. */
  public record Change(Retention before, Retention after) {
    public boolean changed() {
      return !before.days().equals(after.days());
    }
  }

  /**
   * Sets the days of the classes named (the others stay) in one transaction and returns every
   * class's change, changed or not, least sensitive first.
   *
   * @throws IllegalArgumentException when a number of days is out of range; nothing is changed
   */
  public List<Change> update(Map<DataClass, Optional<Integer>> days, String by) {
    days.forEach(RetentionSettings::check);
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        List<Retention> before = read(c);
        try (PreparedStatement ps =
            c.prepareStatement(
                "UPDATE workspace_retention SET days = ?, updated_by = ?, updated_at = ?"
                    + " WHERE data_class = ? AND days IS DISTINCT FROM ?")) {
          for (Map.Entry<DataClass, Optional<Integer>> e : days.entrySet()) {
            setDays(ps, 1, e.getValue());
            ps.setString(2, by);
            ps.setTimestamp(3, Timestamp.from(clock.instant()));
            ps.setString(4, e.getKey().name());
            setDays(ps, 5, e.getValue());
            ps.addBatch();
          }
          ps.executeBatch();
        }
        List<Retention> after = read(c);
        c.commit();
        List<Change> changes = new ArrayList<>();
        for (int i = 0; i < after.size(); i++) {
          changes.add(new Change(before.get(i), after.get(i)));
        }
        return changes;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new UsageDatabaseException("change the workspace retention settings", e);
    }
  }

  /**
   * Days as an admin types them: a whole number from 1 to {@value #MOST_DAYS}, or blank (or {@code
   * keep}) for "until the owner deletes it".
   */
  public static Optional<Integer> parseDays(DataClass dataClass, String text) {
    String t = text.strip();
    if (t.isEmpty() || t.equalsIgnoreCase("keep")) {
      return Optional.empty();
    }
    int days;
    try {
      days = Integer.parseInt(t);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "retention of "
              + dataClass
              + " conversations is a whole number of days, or empty to keep them until deleted;"
              + " got '"
              + t
              + "'",
          e);
    }
    Optional<Integer> parsed = Optional.of(days);
    check(dataClass, parsed);
    return parsed;
  }

  private static void check(DataClass dataClass, Optional<Integer> days) {
    if (days.isPresent() && (days.get() < 1 || days.get() > MOST_DAYS)) {
      throw new IllegalArgumentException(
          "retention of "
              + dataClass
              + " conversations must be from 1 to "
              + MOST_DAYS
              + " days, or empty to keep them until deleted; got "
              + days.get());
    }
  }

  private static void setDays(PreparedStatement ps, int index, Optional<Integer> days)
      throws SQLException {
    if (days.isPresent()) {
      ps.setInt(index, days.get());
    } else {
      ps.setNull(index, Types.INTEGER);
    }
  }

  private static List<Retention> read(Connection c) throws SQLException {
    List<Retention> out = new ArrayList<>();
    try (PreparedStatement ps =
            c.prepareStatement(
                "SELECT data_class, days, updated_by, updated_at FROM workspace_retention");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        int number = rs.getInt("days");
        Optional<Integer> days = rs.wasNull() ? Optional.empty() : Optional.of(number);
        out.add(
            new Retention(
                DataClass.valueOf(rs.getString("data_class")),
                days,
                rs.getString("updated_by"),
                rs.getTimestamp("updated_at").toInstant()));
      }
    }
    out.sort(Comparator.comparing(Retention::dataClass));
    return out;
  }
}
