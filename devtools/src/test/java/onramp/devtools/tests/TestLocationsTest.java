package onramp.devtools.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TestLocationsTest {
  @TempDir Path repo;

  private void touch(String file) throws IOException {
    Files.createDirectories(repo.resolve(file).getParent());
    Files.writeString(repo.resolve(file), "");
  }

  @ParameterizedTest(name = "{0} with tests in {1}: {2}, importing {3}")
  @CsvSource({
    "src/fares.ts, src/fares.test.ts, src/fares.surge.onramp.test.ts, ./fares",
    "src/fares.ts, src/fares.spec.ts, src/fares.surge.onramp.spec.ts, ./fares",
    "src/fares.ts, src/__tests__/fares.test.ts, src/__tests__/fares.surge.onramp.test.ts, ../fares",
    "src/pay/fares.ts, tests/pay/fares.test.ts, tests/pay/fares.surge.onramp.test.ts, ../../src/pay/fares",
    "src/ui/Fare.tsx, src/ui/other.test.ts, src/ui/Fare.surge.onramp.test.tsx, ./Fare",
    "lib/fares.v2.ts, lib/fares.v2.test.ts, lib/fares.v2.surge.onramp.test.ts, ./fares.v2"
  })
  void placesNewTestsBesideTheExistingOnes(
      String source, String existingTest, String testFile, String specifier) throws IOException {
    touch(source);
    touch(existingTest);

    TestLocations.Placement p = TestLocations.placement(repo, source, "surge");

    assertThat(p.testFile()).isEqualTo(testFile);
    assertThat(p.importSpecifier()).isEqualTo(specifier);
  }

  @ParameterizedTest(name = "{0} is a test file: {1}")
  @CsvSource({
    "src/fares.test.ts, true",
    "src/fares.spec.tsx, true",
    "src/__tests__/helpers.ts, true",
    "src/types.d.ts, true",
    "src/fares.ts, false",
    "src/testing.ts, false"
  })
  void tellsTestFilesFromSources(String path, boolean test) {
    assertThat(TestLocations.isTest(path)).isEqualTo(test);
  }

  @Test
  void writesLineSetsAsRanges() {
    assertThat(Lines.list(Set.of(23, 9, 17, 18, 19))).isEqualTo("9, 17-19, 23");
    assertThat(Lines.list(Set.of())).isEqualTo("none");
  }

  @Test
  void numbersCandidateFilesBeforeTheirSuffix() {
    assertThat(TestGeneration.numbered("src/fares.surge.onramp.spec.tsx", 4))
        .isEqualTo("src/fares.surge.onramp-4.spec.tsx");
  }
}
