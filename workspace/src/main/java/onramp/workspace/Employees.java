package onramp.workspace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The employees who used the workspace, with their team as the identity provider (or the local user
 * list) last said. Deleting an employee's row deletes their history (foreign keys cascade).
 */
public final class Employees {
  private final DataSource db;
  private final Clock clock;

  public Employees(DataSource db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /** Records a sign-in or an API call: creates the employee, or updates their team. */
  public Employee seen(Employee who) {
    try (Connection c = db.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO workspace_employee (username, team, created_at, last_seen_at)"
                    + " VALUES (?,?,?,?) ON CONFLICT (username) DO UPDATE SET team ="
                    + " EXCLUDED.team, last_seen_at = EXCLUDED.last_seen_at")) {
      Timestamp now = Timestamp.from(clock.instant());
      s.setString(1, who.username());
      s.setString(2, who.team());
      s.setTimestamp(3, now);
      s.setTimestamp(4, now);
      s.executeUpdate();
      return who;
    } catch (SQLException e) {
      throw new IllegalStateException("could not record employee (" + e.getMessage() + ")", e);
    }
  }

  /** The team the workspace last knew for {@code username}. */
  public Optional<String> team(String username) {
    try (Connection c = db.getConnection();
        PreparedStatement s =
            c.prepareStatement("SELECT team FROM workspace_employee WHERE username = ?")) {
      s.setString(1, username);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not read employee (" + e.getMessage() + ")", e);
    }
  }
}
