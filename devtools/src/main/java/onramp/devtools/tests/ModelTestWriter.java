package onramp.devtools.tests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import onramp.gateway.CallMetadata;
import onramp.gateway.ChatModel;
import onramp.gateway.ModelRequest;
import onramp.gateway.ModelResponse;
import onramp.gateway.OutputSchema;

/**
 * A {@link TestWriter} backed by a model through the gateway: asks for complete Vitest files as
 * typed output ({@code {"tests":[{"name","code"}]}}), which the gateway validates against the
 * schema before we see it.
 */
public final class ModelTestWriter implements TestWriter {
  static final String SCHEMA_NAME = "proposed_tests";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_TESTS = 5;
  private static final String SYSTEM =
      """
      You write unit tests for TypeScript functions with Vitest. Each test you propose is one \
      complete test file: it imports describe/it/expect from "vitest" and the function from the \
      import path given, compiles under the repository's strict TypeScript settings, is \
      deterministic (no network, no clock, no randomness) and checks behaviour with concrete \
      expected values. Aim at the lines the existing tests do not run. A test is kept only when \
      it compiles, passes twice and covers such lines; propose at most %d, each different.
      """
          .formatted(MAX_TESTS);

  private final ChatModel model;
  private final String modelName;
  private final CallMetadata metadata;
  private final int maxTokens;

  private ModelTestWriter(ChatModel model, String modelName, CallMetadata metadata, int maxTokens) {
    this.model = model;
    this.modelName = modelName;
    this.metadata = metadata;
    this.maxTokens = maxTokens;
  }

  /**
   * @param modelName the gateway's model name, e.g. {@code claude-sonnet-4-5}
   * @param metadata who pays and why (team, tool {@code ts-tests}, user; source code is INTERNAL)
   */
  public static ModelTestWriter of(ChatModel model, String modelName, CallMetadata metadata) {
    return new ModelTestWriter(model, modelName, metadata, 4096);
  }

  @Override
  public List<ProposedTest> propose(TargetFunction f, String source, String existingTestsHint) {
    ModelRequest request =
        ModelRequest.builder(modelName, metadata)
            .system(SYSTEM)
            .user(prompt(f, source, existingTestsHint))
            .output(OutputSchema.of(SCHEMA_NAME, "Proposed Vitest test files", schema()))
            .maxTokens(maxTokens)
            .temperature(0.2)
            .build();
    ModelResponse answer = model.call(request);
    JsonNode output =
        answer
            .output()
            .orElseThrow(
                () ->
                    new TestGenerationException(
                        "the model answered without the typed output asked for ("
                            + SCHEMA_NAME
                            + "); try again"));
    List<ProposedTest> tests = new ArrayList<>();
    for (JsonNode t : output.path("tests")) {
      String code = t.path("code").asText("");
      if (!code.isBlank() && tests.size() < MAX_TESTS) {
        tests.add(new ProposedTest(t.path("name").asText("unnamed test"), code));
      }
    }
    return tests;
  }

  static String prompt(TargetFunction f, String source, String hint) {
    String what =
        switch (f.kind()) {
          case FUNCTION, ARROW_CONST ->
              "the exported function `"
                  + f.name()
                  + "`"
                  + (f.exportName().equals(f.name())
                      ? ""
                      : " (exported as `" + f.exportName() + "`)");
          case METHOD ->
              "the "
                  + (f.isStatic() ? "static " : "")
                  + "method `"
                  + f.name()
                  + "` of the exported class `"
                  + f.className().orElse(f.exportName())
                  + "`"
                  + (f.exportName().equals("default") ? " (the default export)" : "");
        };
    return """
        Write Vitest tests for %s, lines %d-%d of %s.
        The test file will be %s; import from "%s".

        %s
        Source of %s:
        ```ts
        %s
        ```
        """
        .formatted(
            what,
            f.lines().start(),
            f.lines().end(),
            f.file(),
            f.testFile(),
            f.importSpecifier(),
            hint,
            f.file(),
            numbered(source));
  }

  private static String numbered(String source) {
    StringBuilder out = new StringBuilder();
    List<String> lines = source.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      out.append(String.format("%4d| %s%n", i + 1, lines.get(i)));
    }
    return out.toString();
  }

  static JsonNode schema() {
    ObjectNode test = JSON.createObjectNode().put("type", "object");
    test.putObject("properties")
        .<ObjectNode>set(
            "name",
            JSON.createObjectNode()
                .put("type", "string")
                .put("description", "what the test checks, one short sentence"))
        .set(
            "code",
            JSON.createObjectNode()
                .put("type", "string")
                .put("description", "the complete test file, imports included"));
    test.putArray("required").add("name").add("code");
    ObjectNode root = JSON.createObjectNode().put("type", "object");
    ObjectNode tests = root.putObject("properties").putObject("tests");
    tests.put("type", "array").put("maxItems", MAX_TESTS).set("items", test);
    root.putArray("required").add("tests");
    return root;
  }
}
