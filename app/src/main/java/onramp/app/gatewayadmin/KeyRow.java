package onramp.app.gatewayadmin;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import onramp.gateway.admin.Dollars;
import onramp.gateway.admin.KeyAdmin.KeyListing;
import onramp.gateway.keys.KeyGrant;
import org.jspecify.annotations.Nullable;

/**
 * A virtual key as the page and the API show it: never its secret.
 *
 * @param monthlyBudgetUsd the limit of its own budget now, if it has one
 * @param state active, revoked or expired
 */
record KeyRow(
    String id,
    String hint,
    String team,
    String tool,
    @Nullable String user,
    List<String> models,
    String dataClass,
    @Nullable BigDecimal monthlyBudgetUsd,
    @Nullable Integer requestsPerMinute,
    @Nullable LocalDate expires,
    Instant created,
    @Nullable Instant revoked,
    String state) {

  static KeyRow of(KeyListing k) {
    KeyGrant g = k.key().grant();
    return new KeyRow(
        k.key().id().toString(),
        k.key().hint(),
        g.team(),
        g.tool(),
        g.user().orElse(null),
        g.models().stream().sorted().toList(),
        g.maxDataClass().name(),
        k.budgetLimit().or(g::monthlyBudgetUsd).map(Dollars::plain).orElse(null),
        g.requestsPerMinute().orElse(null),
        g.expires().orElse(null),
        k.key().created(),
        k.key().revoked().orElse(null),
        k.state().label());
  }

  /** When it was made, in UTC to the minute. */
  public String createdText() {
    return Times.utc(created);
  }

  public boolean active() {
    return "active".equals(state);
  }
}
