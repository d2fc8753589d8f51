package onramp.app.ops.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ComponentStatusTest {
  @Test
  void onAndOffSayWhichTheyAre() {
    assertThat(ComponentStatus.on("Database", "up"))
        .isEqualTo(new ComponentStatus("Database", true, "up"));
    assertThat(ComponentStatus.off("Database", "down").on()).isFalse();
  }

  @ParameterizedTest
  @CsvSource({"'', detail", "name, ''", "' ', detail"})
  void aStatusWithoutANameOrADetailIsRefused(String name, String detail) {
    assertThatThrownBy(() -> ComponentStatus.on(name, detail))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs a name and a detail");
  }

  @Test
  void aProviderThatThrowsIsShownAsOffInsteadOfBreakingThePage() {
    ComponentStatusProvider fine = () -> ComponentStatus.on("Fine", "ok");
    ComponentStatusProvider broken =
        () -> {
          throw new IllegalStateException("boom");
        };

    List<ComponentStatus> all = new ComponentStatuses(List.of(fine, broken)).all();

    assertThat(all).hasSize(2);
    assertThat(all.get(0)).isEqualTo(ComponentStatus.on("Fine", "ok"));
    assertThat(all.get(1).on()).isFalse();
    assertThat(all.get(1).detail())
        .startsWith("its status check could not be processed")
        .contains("(reference ")
        .doesNotContain("IllegalStateException", "boom");
  }
}
