package onramp.devtools.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ModelConnectionTest {

  private static Optional<ModelConnection> from(Map<String, String> env, Optional<String> model) {
    return ModelConnection.fromEnvironment(n -> Optional.ofNullable(env.get(n)), model);
  }

  @Test
  void neitherVariableMeansTheModelIsOff() {
    assertThat(from(Map.of(), Optional.empty())).isEmpty();
    assertThat(from(Map.of("ONRAMP_GATEWAY_URL", " "), Optional.empty())).isEmpty();
  }

  @Test
  void readsTheServiceTheKeyAndTheModelWithItsDefault() {
    ModelConnection c =
        from(
                Map.of(
                    "ONRAMP_GATEWAY_URL", "https://onramp.internal/", "ONRAMP_GATEWAY_KEY", "k1"),
                Optional.empty())
            .orElseThrow();
    assertThat(c.gateway()).hasToString("https://onramp.internal");
    assertThat(c.model()).isEqualTo("claude-sonnet-4-5");
    assertThat(c.toString()).doesNotContain("k1");
    assertThat(
            from(
                    Map.of("ONRAMP_GATEWAY_URL", "http://127.0.0.1:9", "ONRAMP_GATEWAY_KEY", "k1"),
                    Optional.of("claude-haiku-4-5"))
                .orElseThrow()
                .model())
        .isEqualTo("claude-haiku-4-5");
  }

  @Test
  void halfAConfigurationIsAnErrorThatSaysWhatToSet() {
    assertThatThrownBy(() -> from(Map.of("ONRAMP_GATEWAY_URL", "https://x"), Optional.empty()))
        .hasMessageContaining("ONRAMP_GATEWAY_KEY is not")
        .hasMessageContaining("--tool ts-assistant");
    assertThatThrownBy(() -> from(Map.of("ONRAMP_GATEWAY_KEY", "k"), Optional.empty()))
        .hasMessageContaining("ONRAMP_GATEWAY_URL is not");
    assertThatThrownBy(
            () ->
                from(
                    Map.of("ONRAMP_GATEWAY_URL", "onramp.internal", "ONRAMP_GATEWAY_KEY", "k"),
                    Optional.empty()))
        .hasMessageContaining("must be an http(s) URL");
  }
}
