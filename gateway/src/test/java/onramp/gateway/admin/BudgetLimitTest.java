package onramp.gateway.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import onramp.gateway.budget.BudgetKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BudgetLimitTest {

  @Test
  void readsAScopeANameAndDollarsAsTyped() {
    BudgetLimit team = BudgetLimit.parse("Team", " support ", "200.00");
    BudgetLimit key = BudgetLimit.parse("key", "1F9C562A-A936-4496-8510-CBAE9743826E", "5");

    assertThat(team.key()).isEqualTo(BudgetKey.team("support"));
    assertThat(team.limitUsd()).hasToString("200");
    assertThat(key.key()).isEqualTo(BudgetKey.key("1f9c562a-a936-4496-8510-cbae9743826e"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "scope      | person | dana    | 5     | scope: 'person' is not one of team, tool, key",
        "team name  | team   | a team  | 5     | name: a team is a short name",
        "key name   | key    | abc     | 5     | name: a key's budget is named by the key's id",
        "amount     | tool   | ws      | 5 USD | limit: '5 USD' is not an amount in dollars",
        "negative   | tool   | ws      | -1    | limit: -1 is not a monthly amount",
        "too large  | tool   | ws      | 1E13  | limit: 1E13 is not a monthly amount",
      })
  void saysWhatCannotBeUsed(String name, String scope, String who, String usd, String message) {
    assertThatThrownBy(() -> BudgetLimit.parse(scope, who, usd))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message);
  }
}
