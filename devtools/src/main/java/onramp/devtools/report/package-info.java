/**
 * What a review produced ({@link onramp.devtools.report.ReviewReport}) and its four renderings:
 * Markdown for a person, JSON with a stable schema, SARIF 2.1.0 for code-scanning tools and the
 * body of GitHub's "create a review" call; and the one rule that turns a report into an exit code.
 */
@NullMarked
package onramp.devtools.report;

import org.jspecify.annotations.NullMarked;
