package onramp.devtools.report;

/** The four renderings of a review, by name. */
public final class Reports {
  private Reports() {}

  public static String markdown(ReviewReport report) {
    return ReportFormat.MARKDOWN.render(report);
  }

  public static String json(ReviewReport report) {
    return ReportFormat.JSON.render(report);
  }

  public static String sarif(ReviewReport report) {
    return ReportFormat.SARIF.render(report);
  }

  public static String github(ReviewReport report) {
    return ReportFormat.GITHUB.render(report);
  }
}
