package onramp.gateway.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import onramp.gateway.DataClass;
import onramp.gateway.MutableClock;
import org.junit.jupiter.api.Test;

/** What every key store does; run against each one. */
abstract class KeyStoreContract {
  protected final MutableClock clock =
      new MutableClock(java.time.Instant.parse("2026-12-02T09:00:00Z"));

  protected abstract KeyStore store();

  private static KeyGrant full() {
    return new KeyGrant(
        "support",
        "workspace",
        Optional.of("dana.reviewer"),
        Set.of("claude-sonnet-4-5", "claude-haiku-4-5"),
        DataClass.CUSTOMER,
        Optional.of(new BigDecimal("25.5")),
        Optional.of(60),
        Optional.of(LocalDate.parse("2027-06-30")));
  }

  @Test
  void findsAnIssuedKeyByItsSecretWithEverythingItAllows() {
    IssuedKey issued = store().issue(full());

    VirtualKey found = store().find(issued.secret()).orElseThrow();

    assertThat(found.id()).isEqualTo(issued.key().id());
    assertThat(found.grant()).isEqualTo(full());
    assertThat(found.hint()).hasSize(12).startsWith("onr_");
    assertThat(issued.secret()).startsWith(found.hint()).hasSize(47);
    assertThat(found.activeOn(LocalDate.parse("2027-06-30"))).isTrue();
    assertThat(found.activeOn(LocalDate.parse("2027-07-01"))).isFalse();
  }

  @Test
  void knowsNoKeyForAnUnknownOrMalformedSecret() {
    store().issue(KeyGrant.of("support", "workspace"));

    assertThat(store().find("onr_" + "A".repeat(43))).isEmpty();
    assertThat(store().find("sk-ant-not-ours")).isEmpty();
    assertThat(store().find("")).isEmpty();
  }

  @Test
  void neverGivesTheSecretBackAfterIssuing() {
    IssuedKey issued = store().issue(KeyGrant.of("support", "workspace"));

    assertThat(store().list()).singleElement().asString().doesNotContain(issued.secret());
    assertThat(issued.toString()).doesNotContain(issued.secret());
  }

  @Test
  void aRevokedKeyIsFoundButNoLongerActive() {
    IssuedKey issued = store().issue(KeyGrant.of("support", "workspace"));
    clock.advance(java.time.Duration.ofMinutes(5));

    assertThat(store().revoke(issued.key().id())).isTrue();
    assertThat(store().revoke(issued.key().id())).isFalse();

    VirtualKey found = store().find(issued.secret()).orElseThrow();
    assertThat(found.revoked()).hasValue(clock.instant());
    assertThat(found.activeOn(clock.instant().atZone(ZoneOffset.UTC).toLocalDate())).isFalse();
  }

  @Test
  void listsKeysNewestFirst() {
    IssuedKey first = store().issue(KeyGrant.of("support", "workspace"));
    clock.advance(java.time.Duration.ofSeconds(1));
    IssuedKey second = store().issue(KeyGrant.of("platform", "ts-assistant"));

    assertThat(store().list())
        .extracting(VirtualKey::id)
        .containsExactly(second.key().id(), first.key().id());
  }
}
