package onramp.gateway.budget;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import onramp.gateway.CallMetadata;
import onramp.gateway.DataClass;
import onramp.gateway.FakeMasker;
import onramp.gateway.GatewayFixture;
import onramp.gateway.adapter.anthropic.AnthropicAdapter;
import onramp.gateway.adapter.anthropic.DirectSettings;
import onramp.gateway.audit.PostgresAuditLog;
import onramp.gateway.governed.Gateway;

/**
 * A gateway instance in a JVM of its own that makes one call and then stalls where it would settle
 * its reservation, after the vendor answered and billed: the test writes a marker file then and
 * kills the process with SIGKILL, as a crash at the worst moment would. Arguments: JDBC URL of the
 * gateway's database, the fake vendor's base URI, the marker file.
 */
public final class InstanceKilledAfterTheAnswer {
  private InstanceKilledAfterTheAnswer() {}

  public static void main(String[] args) throws Exception {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(args[0]);
    config.setUsername("postgres");
    config.setMaximumPoolSize(2);
    HikariDataSource pool = new HikariDataSource(config);
    Path marker = Path.of(args[2]);
    PostgresBudgets budgets = PostgresBudgets.create(pool, Clock.systemUTC());
    Budgets stallsBeforeSettling =
        new Budgets() {
          @Override
          public Reservation reserve(CallMetadata meta, BigDecimal worstCase) {
            return budgets.reserve(meta, worstCase);
          }

          @Override
          public void settle(Reservation reservation, BigDecimal cost, BigDecimal estimated) {
            try {
              Files.writeString(marker, reservation.amount().toPlainString());
              Thread.sleep(Duration.ofMinutes(10)); // killed here
            } catch (Exception e) {
              throw new IllegalStateException(e);
            }
          }

          @Override
          public boolean seedLimit(BudgetKey key, BigDecimal limitUsd) {
            return budgets.seedLimit(key, limitUsd);
          }

          @Override
          public void setLimit(BudgetKey key, BigDecimal limitUsd) {
            budgets.setLimit(key, limitUsd);
          }

          @Override
          public Optional<BudgetState> state(BudgetKey key) {
            return budgets.state(key);
          }

          @Override
          public List<BudgetState> list() {
            return budgets.list();
          }
        };
    Gateway gateway =
        Gateway.builder(GatewayFixture.policy(), GatewayFixture.prices(), new FakeMasker())
            .adapter(
                AnthropicAdapter.direct(
                    new DirectSettings(
                        GatewayFixture.ANTHROPIC,
                        "sk-ant-test",
                        Optional.of(URI.create(args[1])),
                        Duration.ofSeconds(20))))
            .budgets(stallsBeforeSettling)
            .audit(PostgresAuditLog.create(pool))
            .build();
    gateway.call(
        GatewayFixture.request("claude-sonnet-4-5", DataClass.INTERNAL)
            .user("Hi")
            .maxTokens(1000)
            .build());
  }
}
