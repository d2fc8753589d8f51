package onramp.devtools.report;

/** The ways a review is written out; {@code ./onramp ts review --format} takes their names. */
public enum ReportFormat {
  /** For a person: a summary, findings by file with links to their lines, what was left out. */
  MARKDOWN,
  /** The stable schema of docs/devtools-review-json.md, for scripts. */
  JSON,
  /** SARIF 2.1.0, for code-scanning tools. */
  SARIF,
  /** The body of GitHub's "create a review" call. */
  GITHUB;

  public String render(ReviewReport report) {
    return switch (this) {
      case MARKDOWN -> MarkdownReport.render(report);
      case JSON -> JsonReport.render(report);
      case SARIF -> SarifReport.render(report);
      case GITHUB -> GitHubReview.render(report);
    };
  }
}
