package onramp.devtools.report;

import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * The schemas the outputs are checked against: the official SARIF 2.1.0 schema, installed once per
 * build from the npm registry (the pinned fixture in {@code src/test/sarif-schema}, installed under
 * {@code target/}), and the review JSON's own schema from the main resources.
 */
final class JsonSchemas {
  static final String SARIF_SCHEMA_FILE =
      "node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json";
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static @Nullable Schema sarif;
  private static @Nullable Schema review;

  private JsonSchemas() {}

  /** Every violation of the SARIF 2.1.0 schema in {@code json}, as {@code path: message}. */
  static List<String> sarifViolations(String json) {
    return violations(sarif(), json);
  }

  /** Every violation of the review JSON's schema in {@code json}. */
  static List<String> reviewViolations(String json) {
    return violations(review(), json);
  }

  private static List<String> violations(Schema schema, String json) {
    try {
      List<Error> errors = schema.validate(MAPPER.readTree(json));
      return errors.stream().map(e -> e.getInstanceLocation() + ": " + e.getMessage()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static synchronized Schema sarif() {
    if (sarif == null) {
      Path file = installSarifSchema();
      try {
        JsonNode node = MAPPER.readTree(file.toFile());
        sarif = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(node);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return sarif;
  }

  static synchronized Schema review() {
    if (review == null) {
      try (InputStream in =
          Objects.requireNonNull(
              ReviewReport.class.getResourceAsStream("review-report.schema.json"),
              "review-report.schema.json beside ReviewReport")) {
        JsonNode node = MAPPER.readTree(in);
        review =
            SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(node);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return review;
  }

  /**
   * {@code npm ci} of the fixture into {@code target/sarif-schema} unless the same lock file is
   * installed there already; the path of the schema file.
   */
  private static Path installSarifSchema() {
    Path fixture = Path.of("src/test/sarif-schema").toAbsolutePath();
    if (!Files.isRegularFile(fixture.resolve("package-lock.json"))) {
      return fail("no " + fixture + "/package-lock.json: run the tests from the devtools module");
    }
    Path dir = Path.of("target/sarif-schema").toAbsolutePath();
    Path schema = dir.resolve(SARIF_SCHEMA_FILE);
    try {
      Files.createDirectories(dir);
      String lock = Files.readString(fixture.resolve("package-lock.json"));
      Path installedLock = dir.resolve("package-lock.json");
      if (Files.isRegularFile(schema)
          && Files.isRegularFile(installedLock)
          && Files.readString(installedLock).equals(lock)) {
        return schema;
      }
      for (String name : List.of("package.json", "package-lock.json")) {
        Files.copy(fixture.resolve(name), dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
      }
      npmCi(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!Files.isRegularFile(schema)) {
      return fail("npm ci in " + dir + " did not bring " + SARIF_SCHEMA_FILE);
    }
    return schema;
  }

  private static void npmCi(Path dir) throws IOException {
    Path log = dir.resolve("npm-ci.log");
    ProcessBuilder pb =
        new ProcessBuilder(
                "npm", "ci", "--prefer-offline", "--ignore-scripts", "--no-audit", "--no-fund")
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    Process p;
    try {
      p = pb.start();
    } catch (IOException e) {
      fail(
          "npm is not on the PATH: the SARIF schema test needs Node and npm ("
              + e.getMessage()
              + ")");
      return;
    }
    try {
      if (!p.waitFor(3, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        fail("npm ci in " + dir + " did not finish in 3 minutes");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      fail("interrupted during npm ci in " + dir);
    }
    if (p.exitValue() != 0) {
      fail(
          "npm ci in "
              + dir
              + " failed (exit "
              + p.exitValue()
              + "; it needs the npm registry once, later runs use npm's cache):\n"
              + Files.readString(log, StandardCharsets.UTF_8));
    }
  }
}
