package onramp.devtools.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExitCodeTest {

  @Test
  void isOneWhenAnyFindingBlocks() {
    assertThat(ExitCode.of(SampleReports.full())).isEqualTo(1);
    assertThat(ExitCode.of(SampleReports.modelOff())).isEqualTo(1);
  }

  @Test
  void isZeroWhenNothingBlocks() {
    assertThat(ExitCode.of(SampleReports.warningsOnly())).isZero();
    assertThat(ExitCode.of(SampleReports.clean())).isZero();
  }

  @Test
  void aReviewThatCouldNotRunIsTwo() {
    assertThat(ExitCode.COULD_NOT_RUN).isEqualTo(2);
  }
}
