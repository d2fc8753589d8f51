package onramp.gateway.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import onramp.gateway.BudgetExceededException;
import onramp.gateway.CallMetadata;
import onramp.gateway.DataClass;
import org.junit.jupiter.api.Test;

class InMemoryBudgetsTest {
  private final InMemoryBudgets budgets = InMemoryBudgets.create(Clock.systemUTC());
  private final CallMetadata meta =
      CallMetadata.of("onboarding", "licence-reader", "u", DataClass.INTERNAL, "test");

  @Test
  void admitsConcurrentReservationsOnlyUpToTheLimit() throws Exception {
    budgets.setLimit(BudgetKey.team("onboarding"), new BigDecimal("1.00"));
    budgets.setLimit(BudgetKey.tool("licence-reader"), new BigDecimal("5.00"));
    List<Future<Boolean>> results = new ArrayList<>();
    try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
      for (int i = 0; i < 200; i++) {
        results.add(
            pool.submit(
                () -> {
                  try {
                    budgets.reserve(meta, new BigDecimal("0.03"));
                    return true;
                  } catch (BudgetExceededException e) {
                    return false;
                  }
                }));
      }
    }
    long admitted = results.stream().filter(f -> f.resultNow()).count();

    assertThat(admitted).isEqualTo(33); // 33 × 0.03 = 0.99
    assertThat(budgets.state(BudgetKey.team("onboarding")).orElseThrow().reserved())
        .isEqualByComparingTo("0.99");
  }

  @Test
  void settlesToTheActualCostAndReleasesOnFailure() {
    budgets.setLimit(BudgetKey.team("onboarding"), BigDecimal.TEN);
    budgets.setLimit(BudgetKey.tool("licence-reader"), BigDecimal.TEN);
    Reservation a = budgets.reserve(meta, new BigDecimal("2"));
    Reservation b = budgets.reserve(meta, new BigDecimal("3"));

    budgets.settle(a, new BigDecimal("0.25"));
    budgets.release(b);

    BudgetState tool = budgets.state(BudgetKey.tool("licence-reader")).orElseThrow();
    assertThat(tool.spent()).isEqualByComparingTo("0.25");
    assertThat(tool.reserved()).isEqualByComparingTo("0");
    assertThat(tool.available()).isEqualByComparingTo("9.75");
  }

  @Test
  void refusesATeamWithoutALimitAndSaysHowToSetOne() {
    assertThatThrownBy(() -> budgets.reserve(meta, BigDecimal.ONE))
        .isInstanceOf(BudgetExceededException.class)
        .hasMessageContaining("no budget is set for team onboarding");
  }

  @Test
  void listsEveryBudgetWithALimitTeamsThenToolsThenKeys() {
    budgets.setLimit(BudgetKey.key("k1"), BigDecimal.ONE);
    budgets.setLimit(BudgetKey.tool("licence-reader"), BigDecimal.TEN);
    budgets.setLimit(BudgetKey.team("support"), BigDecimal.TEN);
    budgets.setLimit(BudgetKey.team("onboarding"), BigDecimal.TEN);
    budgets.reserve(meta, new BigDecimal("2"));

    List<BudgetState> all = budgets.list();

    assertThat(all)
        .extracting(s -> s.key().toString())
        .containsExactly("team onboarding", "team support", "tool licence-reader", "key k1");
    assertThat(all.get(0).reserved()).isEqualByComparingTo("2");
  }
}
