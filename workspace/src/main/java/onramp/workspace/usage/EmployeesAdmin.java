package onramp.workspace.usage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * An admin deletes an employee: the {@code workspace_employee} row goes, and with it (foreign keys
 * on delete cascade) their conversations, runs, attachments and access tokens. The gateway's audit
 * records of their runs stay: they are the compliance trail and hold no CUSTOMER or RESTRICTED
 * text.
 */
public final class EmployeesAdmin {
  private static final String COUNTS =
      """
      SELECT e.team,
        (SELECT count(*) FROM workspace_conversation c WHERE c.username = e.username) AS conversations,
        (SELECT count(*) FROM workspace_run r WHERE r.username = e.username) AS runs,
        (SELECT count(*) FROM workspace_attachment a JOIN workspace_conversation c
          ON c.id = a.conversation_id WHERE c.username = e.username) AS attachments,
        (SELECT count(*) FROM workspace_token t WHERE t.username = e.username) AS tokens
      FROM workspace_employee e WHERE e.username = ? FOR UPDATE OF e
      """;

  private final DataSource dataSource;

  private EmployeesAdmin(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  public static EmployeesAdmin create(DataSource dataSource) {
    return new EmployeesAdmin(dataSource);
  }

  /** Deletes the employee and their history in one transaction; empty if there is no such one. */
  public Optional<DeletedEmployee> delete(String username) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        Optional<DeletedEmployee> deleted = counts(c, username);
        if (deleted.isPresent()) {
          // Runs outlive their conversations for metering (V202); an erased employee's do not.
          for (String delete :
              List.of(
                  "DELETE FROM workspace_run WHERE username = ?",
                  "DELETE FROM workspace_employee WHERE username = ?")) {
            try (PreparedStatement ps = c.prepareStatement(delete)) {
              ps.setString(1, username);
              ps.executeUpdate();
            }
          }
        }
        c.commit();
        return deleted;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new UsageDatabaseException("delete a workspace employee", e);
    }
  }

  private static Optional<DeletedEmployee> counts(Connection c, String username)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(COUNTS)) {
      ps.setString(1, username);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new DeletedEmployee(
                username,
                rs.getString("team"),
                rs.getLong("conversations"),
                rs.getLong("runs"),
                rs.getLong("attachments"),
                rs.getLong("tokens")));
      }
    }
  }
}
