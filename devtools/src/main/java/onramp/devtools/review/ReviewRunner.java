package onramp.devtools.review;

import onramp.devtools.report.ReviewReport;

/**
 * Runs a whole review: the diff, the repository's own type checker and linter, the model when one
 * is configured, validation and verification of its findings. The app wires the real one.
 */
@FunctionalInterface
public interface ReviewRunner {
  /**
   * The review of {@code request}.
   *
   * @throws ReviewException when the review cannot run at all (not a git repository, no TypeScript
   *     installed, a time limit passed), with a message that says what to do
   */
  ReviewReport run(ReviewRequest request);
}
