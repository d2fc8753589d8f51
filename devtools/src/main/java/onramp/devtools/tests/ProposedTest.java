package onramp.devtools.tests;

/**
 * A test a {@link TestWriter} proposes: one complete Vitest file.
 *
 * @param name a short description, for the report
 * @param code the whole file (imports included)
 */
public record ProposedTest(String name, String code) {
  public ProposedTest {
    if (code.isBlank()) {
      throw new IllegalArgumentException("proposed test '" + name + "' has no code");
    }
  }
}
