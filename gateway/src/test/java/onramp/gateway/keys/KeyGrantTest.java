package onramp.gateway.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.Set;
import onramp.gateway.DataClass;
import org.junit.jupiter.api.Test;

class KeyGrantTest {

  @Test
  void allowsDataUpToItsHighestClass() {
    KeyGrant g = KeyGrant.of("support", "workspace");

    assertThat(g.allowsData(DataClass.PUBLIC)).isTrue();
    assertThat(g.allowsData(DataClass.INTERNAL)).isTrue();
    assertThat(g.allowsData(DataClass.CUSTOMER)).isFalse();
  }

  @Test
  void anEmptyModelListLeavesTheChoiceToThePolicy() {
    KeyGrant any = KeyGrant.of("support", "workspace");
    KeyGrant one =
        new KeyGrant(
            "support",
            "workspace",
            Optional.empty(),
            Set.of("claude-haiku-4-5"),
            DataClass.INTERNAL,
            Optional.empty(),
            Optional.empty(),
            Optional.empty());

    assertThat(any.allowsModel("claude-sonnet-4-5")).isTrue();
    assertThat(one.allowsModel("claude-haiku-4-5")).isTrue();
    assertThat(one.allowsModel("claude-sonnet-4-5")).isFalse();
  }

  @Test
  void refusesANameThatIsNotAShortName() {
    assertThatThrownBy(() -> KeyGrant.of("support team", "workspace"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a key's team is a short name")
        .hasMessageContaining("'support team'");
  }
}
