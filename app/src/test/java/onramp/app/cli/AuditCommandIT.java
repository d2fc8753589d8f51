package onramp.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import onramp.app.system.AuditEvent;
import onramp.app.system.AuditLog;
import onramp.testkit.TestDatabase;
import onramp.testsupport.CliRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audit trail refuses UPDATE, DELETE and TRUNCATE, and {@code ./onramp audit verify} finds a
 * row changed behind the triggers' back (as a superuser could), naming the first broken link.
 */
class AuditCommandIT {
  @TempDir Path dir;
  private TestDatabase db;

  @BeforeEach
  void migrate() throws Exception {
    db = TestDatabase.create();
    assertThat(verify().exit()).isZero(); // the command migrates the empty database
  }

  @AfterEach
  void drop() throws Exception {
    db.close();
  }

  private CliRun verify() {
    return CliRun.of(new AuditCommand(CliRun.env(db, dir.resolve("data"))), "verify");
  }

  private AuditEvent append(int i) {
    try (var pool = db.pool(1)) {
      return AuditLog.on(pool)
          .append("reviewer:dana", "VIEWED", "application-" + i, Map.of("n", i));
    }
  }

  private void sql(String statement) throws SQLException {
    try (Connection c = db.connect();
        Statement s = c.createStatement()) {
      s.execute(statement);
    }
  }

  @Test
  void anIntactTrailVerifies() {
    for (int i = 1; i <= 5; i++) {
      append(i);
    }

    CliRun r = verify();

    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("audit trail intact: 5 events");
  }

  @Test
  void updateDeleteAndTruncateAreRefused() {
    AuditEvent e = append(1);

    assertThatThrownBy(() -> sql("UPDATE audit_event SET actor = 'x' WHERE id = " + e.id()))
        .hasMessageContaining("audit_event is append-only: UPDATE is refused");
    assertThatThrownBy(() -> sql("DELETE FROM audit_event WHERE id = " + e.id()))
        .hasMessageContaining("audit_event is append-only: DELETE is refused");
    assertThatThrownBy(() -> sql("TRUNCATE audit_event"))
        .hasMessageContaining("audit_event is append-only: TRUNCATE is refused");
  }

  @Test
  void aRowChangedBehindTheTriggersBackIsTheFirstBrokenLink() throws Exception {
    append(1);
    AuditEvent second = append(2);
    append(3);
    sql("ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update_or_delete");
    sql("UPDATE audit_event SET actor = 'admin:someone-else' WHERE id = " + second.id());

    CliRun r = verify();

    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out())
        .contains("audit trail BROKEN at audit event " + second.id() + " (link 2)")
        .contains("changed after it was written");
  }

  @Test
  void aRemovedRowIsAMissingLink() throws Exception {
    append(1);
    AuditEvent second = append(2);
    AuditEvent third = append(3);
    sql("ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update_or_delete");
    sql("DELETE FROM audit_event WHERE id = " + second.id());

    CliRun r = verify();

    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains("audit event " + third.id() + " (link 3): link 2 is missing");
  }
}
