package onramp.app.report;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Optional;
import javax.sql.DataSource;
import onramp.app.system.insights.DxDeveloperImpact;
import onramp.devtools.dx.DxStore;
import onramp.insights.MonthlyReport;
import onramp.insights.Report;
import onramp.insights.ReportMonth;
import onramp.insights.render.ReportHtml;
import onramp.insights.render.ReportPdf;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /report?month=YYYY-MM} for executives (EXEC, ADMIN): the monthly report with a month
 * picker, and the same report to download as HTML or PDF. Defaults to the last full month.
 */
@Controller
class ReportController {
  private final MonthlyReport reports;
  private final Clock clock;

  ReportController(DataSource db, DxStore dx, Clock clock) {
    this.reports = new MonthlyReport(db, clock, new DxDeveloperImpact(dx));
    this.clock = clock;
  }

  @GetMapping(value = "/report", produces = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<String> page(@RequestParam Optional<String> month) {
    ReportMonth m = month(month);
    Report report = reports.figures(m);
    String toolbar =
        "<form class=\"toolbar\" method=\"get\" action=\"/report\">"
            + "<label>Month <input type=\"month\" name=\"month\" value=\""
            + m
            + "\" /></label> <button type=\"submit\">Show</button>"
            + " <a href=\"/report/report.html?month="
            + m
            + "\">Download HTML</a> <a href=\"/report/report.pdf?month="
            + m
            + "\">Download PDF</a></form>";
    return ResponseEntity.ok()
        .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
        .body(ReportHtml.render(report, toolbar));
  }

  @GetMapping("/report/report.html")
  ResponseEntity<byte[]> html(@RequestParam Optional<String> month) {
    ReportMonth m = month(month);
    byte[] body = ReportHtml.render(reports.figures(m), "").getBytes(StandardCharsets.UTF_8);
    return download(
        body,
        "onramp-report-" + m + ".html",
        new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8));
  }

  @GetMapping("/report/report.pdf")
  ResponseEntity<byte[]> pdf(@RequestParam Optional<String> month) {
    ReportMonth m = month(month);
    byte[] body = ReportPdf.render(ReportHtml.render(reports.figures(m), ""));
    return download(body, "onramp-report-" + m + ".pdf", MediaType.APPLICATION_PDF);
  }

  private static ResponseEntity<byte[]> download(byte[] body, String name, MediaType type) {
    return ResponseEntity.ok()
        .contentType(type)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(name).build().toString())
        .body(body);
  }

  private ReportMonth month(Optional<String> text) {
    if (text.isEmpty() || text.get().isBlank()) {
      return new ReportMonth(YearMonth.now(clock.withZone(ZoneOffset.UTC)).minusMonths(1));
    }
    try {
      return ReportMonth.parse(text.get());
    } catch (IllegalArgumentException e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
    }
  }
}
