package onramp.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import onramp.app.apply.DocumentStore;
import onramp.app.system.OnrampApplication;
import onramp.testkit.TestDatabase;
import org.springframework.context.ConfigurableApplicationContext;

/** Onramp on a fresh database with a fixed local reviewer and admin, for page tests. */
public final class RunningApp implements AutoCloseable {
  public static final String REVIEWER = "dana";
  public static final String ADMIN = "alex";
  public static final String PASSWORD = "correct horse battery staple";
  private final TestDatabase database;
  private final ConfigurableApplicationContext context;
  private final Path dataDir;

  private RunningApp(TestDatabase database, ConfigurableApplicationContext context, Path dataDir) {
    this.database = database;
    this.context = context;
    this.dataDir = dataDir;
  }

  public static RunningApp start(String... more) throws Exception {
    TestDatabase db = TestDatabase.create();
    Path dir = Files.createTempDirectory("onramp-it-");
    String[] base = {
      "--onramp.security.local-users[0].username=" + REVIEWER,
      "--onramp.security.local-users[0].password=" + PASSWORD,
      "--onramp.security.local-users[0].roles[0]=REVIEWER",
      "--onramp.security.local-users[1].username=" + ADMIN,
      "--onramp.security.local-users[1].password=" + PASSWORD,
      "--onramp.security.local-users[1].roles[0]=ADMIN",
      "--db-scheduler.polling-interval=300ms",
      // Every test's browser comes from 127.0.0.1: lift the per-address limits unless a test sets
      // its own (RequestLimitsIT).
      "--onramp.apply.sign-ups-per-address-hour=10000",
      "--onramp.apply.actions-per-address-hour=10000"
    };
    java.util.List<String> all = new java.util.ArrayList<>();
    for (String b : base) {
      String key = b.substring(0, b.indexOf('=') + 1);
      if (java.util.Arrays.stream(more).noneMatch(m -> m.startsWith(key))) {
        all.add(b);
      }
    }
    all.addAll(java.util.List.of(more));
    String[] args = all.toArray(String[]::new);
    return new RunningApp(db, OnrampApplication.start(0, dir, db.springArgs(args)), dir);
  }

  public int port() {
    return OnrampApplication.port(context);
  }

  public ConfigurableApplicationContext context() {
    return context;
  }

  public <T> T bean(Class<T> type) {
    return context.getBean(type);
  }

  public TestDatabase database() {
    return database;
  }

  public Path dataDir() {
    return dataDir;
  }

  @Override
  public void close() throws Exception {
    try {
      context.close();
    } finally {
      database.close();
      DocumentStore.deleteTree(dataDir);
    }
  }
}
