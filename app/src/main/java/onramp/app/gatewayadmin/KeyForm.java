package onramp.app.gatewayadmin;

import java.util.List;
import java.util.Optional;
import onramp.gateway.admin.KeyGrantInput;
import org.jspecify.annotations.Nullable;

/**
 * A key request from the page's form or the API's JSON; every field as typed, checked by {@link
 * KeyGrantInput}.
 *
 * @param models model names; a single entry may hold several separated by commas
 */
record KeyForm(
    @Nullable String team,
    @Nullable String tool,
    @Nullable String user,
    @Nullable String budgetUsd,
    @Nullable String dataClass,
    @Nullable List<String> models,
    @Nullable String requestsPerMinute,
    @Nullable String expires) {

  KeyGrantInput input() {
    return new KeyGrantInput(
        team == null ? "" : team,
        tool == null ? "" : tool,
        Optional.ofNullable(user),
        Optional.ofNullable(budgetUsd),
        Optional.ofNullable(dataClass),
        Optional.ofNullable(models).map(m -> String.join(",", m)),
        Optional.ofNullable(requestsPerMinute),
        Optional.ofNullable(expires));
  }
}
