package onramp.devtools.tests;

import java.util.List;

/** Proposes tests for one function; the gate decides which are kept. */
public interface TestWriter {

  /**
   * @param f the function, with the test file its tests go in and how that file imports it
   * @param source the source file's text
   * @param existingTestsHint the file's existing tests and the function's lines they leave
   *     uncovered, as text for the writer
   */
  List<ProposedTest> propose(TargetFunction f, String source, String existingTestsHint);
}
