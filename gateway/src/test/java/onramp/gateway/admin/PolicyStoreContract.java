package onramp.gateway.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import onramp.gateway.MutableClock;
import onramp.gateway.Vendor;
import onramp.gateway.policy.ExceptionGrant;
import org.junit.jupiter.api.Test;

/** What every policy store does; run against each one. */
abstract class PolicyStoreContract {
  protected final MutableClock clock = new MutableClock(Instant.parse("2026-12-02T09:00:00Z"));

  protected abstract PolicyStore store();

  static ExceptionDecision decision(String purpose, Optional<LocalDate> expires) {
    return new ExceptionDecision(
        Vendor.of("selfhosted"),
        "llama-70b",
        purpose,
        "Robin Mlreview",
        "MLR-200",
        expires,
        Optional.of("Spanish complaints only; no customer data."));
  }

  @Test
  void remembersAllowlistSwitchesAndGivesBackTheOneReplaced() {
    Optional<AllowlistOverride> first = store().setAllowed("llama-70b", true, "robin");
    clock.advance(Duration.ofMinutes(1));
    Optional<AllowlistOverride> second = store().setAllowed("llama-70b", false, "sam");
    store().setAllowed("claude-haiku-4-5", false, "robin");

    assertThat(first).isEmpty();
    assertThat(second)
        .hasValue(
            new AllowlistOverride(
                "llama-70b", true, "robin", Instant.parse("2026-12-02T09:00:00Z")));
    assertThat(store().allowlistOverrides())
        .containsExactly(
            new AllowlistOverride("claude-haiku-4-5", false, "robin", clock.instant()),
            new AllowlistOverride("llama-70b", false, "sam", clock.instant()));
  }

  @Test
  void clearingASwitchRemovesItAndSaysWhatItWas() {
    store().setAllowed("llama-70b", true, "robin");

    Optional<AllowlistOverride> removed = store().clearAllowed("llama-70b");
    Optional<AllowlistOverride> again = store().clearAllowed("llama-70b");

    assertThat(removed).map(AllowlistOverride::allowed).hasValue(true);
    assertThat(again).isEmpty();
    assertThat(store().allowlistOverrides()).isEmpty();
  }

  @Test
  void recordsGrantsAndRefusalsNewestFirstWithEverythingTheySay() {
    ReviewedException granted =
        store().grant(decision("translation", Optional.of(LocalDate.parse("2027-03-31"))));
    clock.advance(Duration.ofSeconds(1));
    ReviewedException refused = store().refuse(decision("driver-screening", Optional.empty()));

    assertThat(store().exceptions()).containsExactly(refused, granted);
    assertThat(store().exception(granted.id())).hasValue(granted);
    assertThat(granted.status()).isEqualTo(ExceptionStatus.GRANTED);
    assertThat(granted.decision().note()).hasValue("Spanish complaints only; no customer data.");
    assertThat(granted.decidedAt()).isEqualTo(Instant.parse("2026-12-02T09:00:00Z"));
    assertThat(granted.grant())
        .hasValue(
            new ExceptionGrant(
                Vendor.of("selfhosted"),
                "llama-70b",
                "translation",
                "Robin Mlreview",
                "MLR-200",
                LocalDate.parse("2027-03-31")));
    assertThat(refused.status()).isEqualTo(ExceptionStatus.REFUSED);
    assertThat(refused.grant()).isEmpty();
  }

  @Test
  void keepsDecisionsMadeInTheSameInstantNewestFirst() {
    ReviewedException first = store().refuse(decision("a", Optional.empty()));
    ReviewedException second = store().refuse(decision("b", Optional.empty()));

    assertThat(store().exceptions()).containsExactly(second, first);
  }

  @Test
  void aGrantNeedsAnExpiryDate() {
    assertThatThrownBy(() -> store().grant(decision("translation", Optional.empty())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs an expiry date");
    assertThat(store().exceptions()).isEmpty();
  }

  @Test
  void revokesOnlyAGrantedExceptionAndOnlyOnce() {
    ReviewedException granted =
        store().grant(decision("translation", Optional.of(LocalDate.parse("2027-03-31"))));
    ReviewedException refused = store().refuse(decision("screening", Optional.empty()));
    clock.advance(Duration.ofHours(2));

    Optional<ReviewedException> revoked = store().revoke(granted.id(), "sam");

    assertThat(revoked).isPresent();
    assertThat(revoked.get().status()).isEqualTo(ExceptionStatus.REVOKED);
    assertThat(revoked.get().revocation()).hasValue(new Revocation("sam", clock.instant()));
    assertThat(revoked.get().grant()).isEmpty();
    assertThat(store().exception(granted.id())).isEqualTo(revoked);
    assertThat(store().revoke(granted.id(), "sam")).isEmpty();
    assertThat(store().revoke(refused.id(), "sam")).isEmpty();
    assertThat(store().revoke(UUID.randomUUID(), "sam")).isEmpty();
  }

  @Test
  void knowsNoExceptionByAnUnknownId() {
    assertThat(store().exception(UUID.randomUUID())).isEmpty();
  }
}
