package onramp.gateway.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import onramp.gateway.CallMetadata;
import onramp.gateway.DataClass;
import onramp.gateway.GatewayConfigException;
import onramp.gateway.GatewayFixture;
import onramp.gateway.MutableClock;
import onramp.gateway.PolicyRefusedException;
import onramp.gateway.Vendor;
import onramp.gateway.policy.Policy;
import org.junit.jupiter.api.Test;

/**
 * The policy in force is gateway.yaml's ({@link GatewayFixture#policy()}: claude-sonnet-4-5 and
 * claude-haiku-4-5 allowed, llama-70b by exception only, with a grant for 'translation' until
 * 2026-12-31) with the changes made at run time; today is 2026-11-27.
 */
class LivePolicyTest {
  private static final Duration MAX_AGE = Duration.ofSeconds(5);
  private final MutableClock clock = new MutableClock(GatewayFixture.NOW);
  private final InMemoryPolicyStore store = InMemoryPolicyStore.create(clock);
  private final LivePolicy live = LivePolicy.of(GatewayFixture.policy(), store, clock, MAX_AGE);

  private static CallMetadata call(String purpose) {
    return CallMetadata.of("support", "workspace", "u1", DataClass.INTERNAL, purpose);
  }

  private boolean admits(Policy policy, String model, String purpose) {
    try {
      policy.admit(model, call(purpose), clock.instant());
      return true;
    } catch (PolicyRefusedException e) {
      return false;
    }
  }

  private static ExceptionDecision llama(String purpose, String expires) {
    return new ExceptionDecision(
        Vendor.of("selfhosted"),
        "llama-70b",
        purpose,
        "Robin Mlreview",
        "MLR-201",
        Optional.of(LocalDate.parse(expires)),
        Optional.empty());
  }

  @Test
  void isTheConfiguredPolicyWhileNothingWasChanged() {
    assertThat(admits(live.get(), "claude-sonnet-4-5", "anything")).isTrue();
    assertThat(admits(live.get(), "llama-70b", "translation")).isTrue();
    assertThat(admits(live.get(), "llama-70b", "drafting")).isFalse();
  }

  @Test
  void aModelSwitchedOffThroughThisInstanceIsRefusedAtOnce() {
    live.setAllowed("claude-sonnet-4-5", false, "robin");

    assertThatThrownBy(
            () -> live.get().admit("claude-sonnet-4-5", call("drafting"), clock.instant()))
        .isInstanceOf(PolicyRefusedException.class)
        .hasMessageContaining("not on the allowlist");
    assertThat(live.get().allowedModels()).containsExactly("claude-haiku-4-5");
  }

  @Test
  void anotherInstanceSeesAChangeOnceItsPolicyIsOlderThanTheMaximumAge() {
    LivePolicy other = LivePolicy.of(GatewayFixture.policy(), store, clock, MAX_AGE);
    assertThat(admits(other.get(), "llama-70b", "drafting")).isFalse();

    live.setAllowed("llama-70b", true, "robin");
    clock.advance(Duration.ofSeconds(4));
    boolean beforeMaxAge = admits(other.get(), "llama-70b", "drafting");
    clock.advance(Duration.ofSeconds(1));
    boolean atMaxAge = admits(other.get(), "llama-70b", "drafting");

    assertThat(beforeMaxAge).isFalse();
    assertThat(atMaxAge).isTrue();
  }

  @Test
  void clearingASwitchLetsGatewayYamlDecideAgain() {
    live.setAllowed("llama-70b", true, "robin");
    Optional<AllowlistOverride> removed = live.clearAllowed("llama-70b");

    assertThat(removed).map(AllowlistOverride::changedBy).hasValue("robin");
    assertThat(admits(live.get(), "llama-70b", "drafting")).isFalse();
  }

  @Test
  void aGrantedExceptionAdmitsTheModelForItsPurposeUntilItExpires() {
    live.grant(llama("drafting", "2026-11-30"));

    assertThat(admits(live.get(), "llama-70b", "drafting")).isTrue();
    assertThat(admits(live.get(), "llama-70b", "screening")).isFalse();
    clock.advance(Duration.ofDays(4)); // 2026-12-01
    assertThatThrownBy(() -> live.get().admit("llama-70b", call("drafting"), clock.instant()))
        .isInstanceOf(PolicyRefusedException.class)
        .hasMessageContaining("MLR-201")
        .hasMessageContaining("expired on 2026-11-30");
  }

  @Test
  void aRevokedExceptionNoLongerAdmitsAndARefusalNeverDid() {
    ReviewedException granted = live.grant(llama("drafting", "2027-01-31"));
    live.refuse(llama("screening", "2027-01-31"));

    Optional<ReviewedException> revoked = live.revoke(granted.id(), "sam");

    assertThat(revoked).map(ReviewedException::status).hasValue(ExceptionStatus.REVOKED);
    assertThat(admits(live.get(), "llama-70b", "drafting")).isFalse();
    assertThat(admits(live.get(), "llama-70b", "screening")).isFalse();
    assertThat(live.revoke(UUID.randomUUID(), "sam")).isEmpty();
  }

  @Test
  void listsEveryConfiguredModelWithItsSwitch() {
    live.setAllowed("llama-70b", true, "robin");

    List<AllowlistEntry> allowlist = live.allowlist();

    assertThat(allowlist)
        .extracting(e -> e.model() + " " + e.configured().allowed() + " -> " + e.allowed())
        .containsExactly(
            "claude-haiku-4-5 true -> true",
            "claude-sonnet-4-5 true -> true",
            "llama-70b false -> true");
    assertThat(allowlist.get(2).override()).map(AllowlistOverride::changedBy).hasValue("robin");
    assertThat(live.configuredExceptions()).extracting(g -> g.ticket()).contains("MLR-7");
  }

  @Test
  void refusesToSwitchOrGrantAModelThatIsNotConfigured() {
    assertThatThrownBy(() -> live.setAllowed("gpt-9", true, "robin"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("model 'gpt-9' is not configured")
        .hasMessageContaining("claude-haiku-4-5, claude-sonnet-4-5, llama-70b");
    assertThatThrownBy(
            () ->
                live.grant(
                    new ExceptionDecision(
                        Vendor.of("openai"),
                        "gpt-9",
                        "drafting",
                        "Robin",
                        "MLR-1",
                        Optional.of(LocalDate.parse("2027-01-01")),
                        Optional.empty())))
        .hasMessageContaining("not configured");
    assertThat(store.exceptions()).isEmpty();
  }

  @Test
  void recordsARefusalForAModelThatIsNotConfigured() {
    ReviewedException refused =
        live.refuse(
            new ExceptionDecision(
                Vendor.of("openai"),
                "gpt-9",
                "drafting",
                "Robin",
                "MLR-1",
                Optional.empty(),
                Optional.of("No processing agreement with this vendor.")));

    assertThat(live.reviewedExceptions()).containsExactly(refused);
  }

  @Test
  void refusesAGrantNamingAnotherVendorOrAPastDay() {
    ExceptionDecision wrongVendor =
        new ExceptionDecision(
            Vendor.of("bedrock"),
            "llama-70b",
            "drafting",
            "Robin",
            "MLR-1",
            Optional.of(LocalDate.parse("2027-01-01")),
            Optional.empty());

    assertThatThrownBy(() -> live.grant(wrongVendor))
        .hasMessageContaining("served by vendor selfhosted, not bedrock");
    assertThatThrownBy(() -> live.grant(llama("drafting", "2026-11-26")))
        .hasMessageContaining("2026-11-26 is already past");
    assertThatCode(() -> live.grant(llama("drafting", "2026-11-27"))).doesNotThrowAnyException();
  }

  @Test
  void keepsTheLastPolicyReadWhenTheStoreFailsAndTriesAgainLater() {
    FailingStore failing = new FailingStore(store);
    LivePolicy other = LivePolicy.of(GatewayFixture.policy(), failing, clock, MAX_AGE);
    live.setAllowed("claude-haiku-4-5", false, "robin");
    failing.down = true;
    clock.advance(MAX_AGE);

    Policy duringOutage = other.get();
    failing.down = false;
    clock.advance(Duration.ofSeconds(1));
    Policy soonAfter = other.get();
    clock.advance(MAX_AGE);
    Policy later = other.get();

    assertThat(duringOutage.allowedModels()).contains("claude-haiku-4-5");
    assertThat(soonAfter).isSameAs(duringOutage);
    assertThat(later.allowedModels()).doesNotContain("claude-haiku-4-5");
  }

  @Test
  void isReadOnceAndServedFromMemoryBetweenReads() {
    Policy first = live.get();
    clock.advance(Duration.ofSeconds(4));

    assertThat(live.get()).isSameAs(first);
  }

  /** A store whose reads fail while {@code down}, as PostgreSQL's do when the database is gone. */
  private static final class FailingStore implements PolicyStore {
    private final PolicyStore store;
    volatile boolean down;

    FailingStore(PolicyStore store) {
      this.store = store;
    }

    private void check() {
      if (down) {
        throw new GatewayConfigException("could not read the allowlist switches (08001)");
      }
    }

    @Override
    public List<AllowlistOverride> allowlistOverrides() {
      check();
      return store.allowlistOverrides();
    }

    @Override
    public Optional<AllowlistOverride> setAllowed(String model, boolean allowed, String by) {
      return store.setAllowed(model, allowed, by);
    }

    @Override
    public Optional<AllowlistOverride> clearAllowed(String model) {
      return store.clearAllowed(model);
    }

    @Override
    public ReviewedException grant(ExceptionDecision decision) {
      return store.grant(decision);
    }

    @Override
    public ReviewedException refuse(ExceptionDecision decision) {
      return store.refuse(decision);
    }

    @Override
    public Optional<ReviewedException> revoke(UUID id, String by) {
      return store.revoke(id, by);
    }

    @Override
    public Optional<ReviewedException> exception(UUID id) {
      return store.exception(id);
    }

    @Override
    public List<ReviewedException> exceptions() {
      check();
      return store.exceptions();
    }
  }
}
