package onramp.gateway.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import onramp.gateway.CallMetadata;
import onramp.gateway.DataClass;
import onramp.gateway.MutableClock;
import onramp.gateway.budget.BudgetKey;
import onramp.gateway.budget.BudgetState;
import onramp.gateway.budget.Budgets;
import onramp.gateway.budget.InMemoryBudgets;
import onramp.gateway.budget.Reservation;
import onramp.gateway.keys.InMemoryKeyStore;
import onramp.gateway.keys.IssuedKey;
import onramp.gateway.keys.KeyGrant;
import onramp.gateway.keys.KeyStore;
import org.junit.jupiter.api.Test;

class KeyAdminTest {
  private final MutableClock clock = new MutableClock(Instant.parse("2026-12-02T09:00:00Z"));
  private final KeyStore store = InMemoryKeyStore.create(clock);
  private final InMemoryBudgets budgets = InMemoryBudgets.create(clock);
  private final KeyAdmin admin = KeyAdmin.of(store, budgets, clock);

  private static KeyGrant withBudget(String usd, String expires) {
    return new KeyGrant(
        "support",
        "workspace",
        Optional.of("dana.reviewer"),
        Set.of("claude-haiku-4-5"),
        DataClass.CUSTOMER,
        Optional.of(new BigDecimal(usd)),
        Optional.of(30),
        Optional.of(LocalDate.parse(expires)));
  }

  @Test
  void aKeyIssuedWithABudgetHasItsOwnLimitInTheBudgets() {
    IssuedKey issued = admin.issue(withBudget("25", "2027-06-30"));

    assertThat(budgets.state(KeyAdmin.budgetOf(issued.key().id())))
        .map(BudgetState::limit)
        .hasValueSatisfying(l -> assertThat(l).isEqualByComparingTo("25"));
    assertThat(store.find(issued.secret())).isPresent();
  }

  @Test
  void aKeyWithoutABudgetHasNoLimitOfItsOwn() {
    admin.issue(KeyGrant.of("support", "workspace"));

    assertThat(budgets.list()).isEmpty();
  }

  @Test
  void listsKeysWithTheirStateTodayAndTheirBudgetAsItIsNow() {
    IssuedKey expiring = admin.issue(withBudget("25", "2026-12-02"));
    clock.advance(Duration.ofSeconds(1));
    IssuedKey revoked = admin.issue(KeyGrant.of("support", "workspace"));
    clock.advance(Duration.ofSeconds(1));
    IssuedKey active = admin.issue(KeyGrant.of("ops", "scripts"));
    admin.revoke(revoked.key().id());
    budgets.setLimit(KeyAdmin.budgetOf(expiring.key().id()), new BigDecimal("40"));
    clock.advance(Duration.ofDays(1));

    List<KeyAdmin.KeyListing> keys = admin.list();

    assertThat(keys)
        .extracting(k -> k.key().id() + " " + k.state().label())
        .containsExactly(
            active.key().id() + " active",
            revoked.key().id() + " revoked",
            expiring.key().id() + " expired");
    Map<String, Object> facts = keys.get(2).facts();
    assertThat(facts)
        .containsEntry("team", "support")
        .containsEntry("user", "dana.reviewer")
        .containsEntry("models", List.of("claude-haiku-4-5"))
        .containsEntry("dataClass", "CUSTOMER")
        .containsEntry("monthlyBudgetUsd", new BigDecimal("40"))
        .containsEntry("requestsPerMinute", 30)
        .containsEntry("expires", "2026-12-02")
        .containsEntry("state", "expired")
        .containsEntry("hint", expiring.key().hint());
    assertThat(facts.toString()).doesNotContain(expiring.secret());
    assertThat(keys.get(0).facts()).doesNotContainKeys("user", "monthlyBudgetUsd", "revoked");
  }

  @Test
  void aKeyWhoseBudgetCannotBeSetIsRevokedBeforeTheFailureIsThrown() {
    KeyAdmin failing = KeyAdmin.of(store, new BudgetsThatFail(), clock);

    assertThatThrownBy(() -> failing.issue(withBudget("25", "2027-06-30")))
        .hasMessageContaining("database down");
    assertThat(store.list()).singleElement().satisfies(k -> assertThat(k.revoked()).isPresent());
  }

  @Test
  void issuesTheKeyAPersonTypedWithTodayInUtc() {
    IssuedKey issued =
        admin.issue(
            new KeyGrantInput(
                "support",
                "workspace",
                Optional.empty(),
                Optional.of("5"),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.of("2026-12-02")));

    assertThat(issued.key().grant().expires()).hasValue(LocalDate.parse("2026-12-02"));
    assertThat(admin.find(issued.key().id())).map(KeyAdmin.KeyListing::budgetLimit).isPresent();
  }

  private static final class BudgetsThatFail implements Budgets {
    @Override
    public Reservation reserve(CallMetadata meta, BigDecimal worstCase) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void settle(Reservation reservation, BigDecimal cost, BigDecimal estimatedPart) {}

    @Override
    public boolean seedLimit(BudgetKey key, BigDecimal limitUsd) {
      throw new IllegalStateException("database down");
    }

    @Override
    public void setLimit(BudgetKey key, BigDecimal limitUsd) {
      throw new IllegalStateException("database down");
    }

    @Override
    public Optional<BudgetState> state(BudgetKey key) {
      return Optional.empty();
    }

    @Override
    public List<BudgetState> list() {
      return List.of();
    }
  }
}
