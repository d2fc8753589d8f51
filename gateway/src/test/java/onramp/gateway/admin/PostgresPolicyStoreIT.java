package onramp.gateway.admin;

import com.zaxxer.hikari.HikariDataSource;
import onramp.testkit.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

class PostgresPolicyStoreIT extends PolicyStoreContract {
  private TestDatabase db;
  private HikariDataSource pool;
  private PolicyStore store;

  @BeforeEach
  void database() throws Exception {
    db = new TestDatabase("gateway", "classpath:db/gateway");
    pool = db.pool(2);
    store = PostgresPolicyStore.create(pool, clock);
  }

  @AfterEach
  void drop() throws Exception {
    pool.close();
    db.close();
  }

  @Override
  protected PolicyStore store() {
    return store;
  }
}
