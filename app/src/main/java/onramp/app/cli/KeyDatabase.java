package onramp.app.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;
import onramp.app.system.AuditLog;
import onramp.app.system.CommandDatabase;
import onramp.gateway.admin.KeyAdmin;
import onramp.gateway.budget.PostgresBudgets;
import onramp.gateway.keys.PostgresKeyStore;

/**
 * What the {@code keys} commands work on: the keys and budgets of serve's database, and its audit
 * trail, where every change is written with the person at the keyboard as {@code cli:<login>}.
 */
final class KeyDatabase implements AutoCloseable {
  static final String KEY_CREATED = "GATEWAY_KEY_CREATED";
  static final String KEY_REVOKED = "GATEWAY_KEY_REVOKED";

  private final CommandDatabase database;
  final KeyAdmin keys;
  final AuditLog audit;

  private KeyDatabase(CommandDatabase database) {
    this.database = database;
    Clock clock = Clock.systemUTC();
    this.keys =
        KeyAdmin.of(
            PostgresKeyStore.create(database.dataSource(), clock),
            PostgresBudgets.create(database.dataSource(), clock),
            clock);
    this.audit = AuditLog.on(database.dataSource());
  }

  static KeyDatabase open(Path dataDir, Function<String, Optional<String>> env) {
    return new KeyDatabase(CommandDatabase.open(dataDir, env));
  }

  /** Who made a change from the command line, for the audit trail. */
  static String actor() {
    return "cli:" + System.getProperty("user.name", "unknown");
  }

  @Override
  public void close() {
    database.close();
  }
}
