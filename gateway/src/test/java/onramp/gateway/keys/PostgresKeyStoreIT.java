package onramp.gateway.keys;

import com.zaxxer.hikari.HikariDataSource;
import onramp.testkit.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

class PostgresKeyStoreIT extends KeyStoreContract {
  private TestDatabase db;
  private HikariDataSource pool;
  private KeyStore store;

  @BeforeEach
  void database() throws Exception {
    db = new TestDatabase("gateway", "classpath:db/gateway");
    pool = db.pool(2);
    store = PostgresKeyStore.create(pool, clock);
  }

  @AfterEach
  void drop() throws Exception {
    pool.close();
    db.close();
  }

  @Override
  protected KeyStore store() {
    return store;
  }
}
