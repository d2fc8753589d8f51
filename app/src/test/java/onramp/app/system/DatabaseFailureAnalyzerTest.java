package onramp.app.system;

import static java.util.Objects.requireNonNull;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.mock.env.MockEnvironment;

class DatabaseFailureAnalyzerTest {
  private final MockEnvironment environment =
      new MockEnvironment()
          .withProperty(
              "spring.datasource.url", "jdbc:postgresql://db:5432/onramp?password=secret");

  @ParameterizedTest
  @ValueSource(strings = {"08001", "28P01", "3D000"})
  void anUnreachableExternalDatabaseIsExplainedWithoutItsPassword(String sqlState) {
    Exception failure = new IllegalStateException("wrapped", new SQLException("refused", sqlState));

    FailureAnalysis analysis =
        requireNonNull(new DatabaseFailureAnalyzer(environment).analyze(failure), "an analysis");

    assertThat(analysis.getDescription())
        .isEqualTo("Onramp cannot use the database at jdbc:postgresql://db:5432/onramp: refused")
        .doesNotContain("secret");
    assertThat(analysis.getAction()).contains("ONRAMP_DATABASE_URL", "unset ONRAMP_DATABASE_URL");
  }

  @Test
  void otherSqlErrorsAreLeftToSpringBoot() {
    Exception failure = new IllegalStateException(new SQLException("duplicate key", "23505"));

    assertThat(new DatabaseFailureAnalyzer(environment).analyze(failure)).isNull();
  }

  @Test
  void anEmbeddedStartFailureKeepsItsOwnAdvice() {
    Exception failure =
        new IllegalStateException(
            new EmbeddedDatabaseException(
                "could not start", "stop the other Onramp", new RuntimeException()));

    FailureAnalysis analysis =
        requireNonNull(
            new DatabaseFailureAnalyzer(new MockEnvironment()).analyze(failure), "an analysis");

    assertThat(analysis.getAction()).isEqualTo("stop the other Onramp");
  }
}
