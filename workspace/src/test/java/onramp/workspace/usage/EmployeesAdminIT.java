package onramp.workspace.usage;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.UUID;
import onramp.testkit.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EmployeesAdminIT {
  private TestDatabase database;
  private HikariDataSource pool;
  private SyntheticWorkspaceUsage rows;
  private EmployeesAdmin employees;

  @BeforeEach
  void database() throws Exception {
    database = new TestDatabase("workspace", "classpath:db/gateway", "classpath:db/workspace");
    pool = database.pool(2);
    rows = new SyntheticWorkspaceUsage(pool);
    employees = EmployeesAdmin.create(pool);
  }

  @AfterEach
  void drop() throws Exception {
    pool.close();
    database.close();
  }

  private long count(String sql) throws SQLException {
    try (Connection c = pool.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Test
  void deletingAnEmployeeDeletesTheirHistoryAndSaysHowMuch() throws Exception {
    Instant at = Instant.parse("2026-03-02T10:00:00Z");
    rows.employee("ana", "support", "Ana Example");
    rows.employee("ben", "support", null);
    UUID chat = rows.conversation("ana", "support", "CUSTOMER");
    rows.run("ana", "support", at).in(chat, 1).save();
    rows.run("ana", "support", at.plusSeconds(60)).in(chat, 2).save();
    rows.run("ana", "support", at.plusSeconds(120)).save();
    rows.attachment(chat);
    rows.token("ana");
    rows.token("ana");
    rows.run("ben", "support", at).save();
    rows.token("ben");
    rows.update(
        "INSERT INTO gateway_audit (call_id, at, user_id, team, tool, purpose, data_class, model,"
            + " latency_ms, attempts, outcome) VALUES (?, now(), 'ana', 'support', 'workspace',"
            + " 'workspace run', 'CUSTOMER', 'claude-sonnet-4-5', 5, 1, 'OK')",
        UUID.randomUUID());

    assertThat(employees.delete("ana")).contains(new DeletedEmployee("ana", "support", 2, 3, 1, 2));

    assertThat(count("SELECT count(*) FROM workspace_employee WHERE username = 'ana'")).isZero();
    assertThat(count("SELECT count(*) FROM workspace_conversation WHERE username = 'ana'"))
        .isZero();
    assertThat(count("SELECT count(*) FROM workspace_run WHERE username = 'ana'")).isZero();
    assertThat(count("SELECT count(*) FROM workspace_attachment")).isZero();
    assertThat(count("SELECT count(*) FROM workspace_token WHERE username = 'ana'")).isZero();
    // Everyone else's history stays, and so does the compliance trail.
    assertThat(count("SELECT count(*) FROM workspace_run WHERE username = 'ben'")).isEqualTo(1);
    assertThat(count("SELECT count(*) FROM workspace_token WHERE username = 'ben'")).isEqualTo(1);
    assertThat(count("SELECT count(*) FROM gateway_audit WHERE user_id = 'ana'")).isEqualTo(1);
  }

  @Test
  void deletingSomeoneWhoIsNotThereDeletesNothing() throws Exception {
    rows.employee("ben", "support", null);

    assertThat(employees.delete("nobody")).isEmpty();
    assertThat(employees.delete("BEN")).isEmpty();
    assertThat(count("SELECT count(*) FROM workspace_employee")).isEqualTo(1);
  }
}
