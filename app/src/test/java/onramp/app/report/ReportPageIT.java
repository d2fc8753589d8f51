package onramp.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import onramp.testsupport.Browser;
import onramp.testsupport.RunningApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code /report} over real HTTP: who may read it, the page, the downloads. */
class ReportPageIT {
  private static final String EXEC = "erin";
  private static final String EMPLOYEE = "ana";
  private static RunningApp app;

  @BeforeAll
  static void start() throws Exception {
    app =
        RunningApp.start(
            "--onramp.security.local-users[2].username=" + EXEC,
            "--onramp.security.local-users[2].password=" + RunningApp.PASSWORD,
            "--onramp.security.local-users[2].roles[0]=EXEC",
            "--onramp.security.local-users[3].username=" + EMPLOYEE,
            "--onramp.security.local-users[3].password=" + RunningApp.PASSWORD,
            "--onramp.security.local-users[3].roles[0]=EMPLOYEE");
  }

  @AfterAll
  static void stop() throws Exception {
    if (app != null) {
      app.close();
    }
  }

  @Test
  void anEmployeeIsRefusedAndAnExecutiveAndAnAdminMayRead() throws Exception {
    assertThat(Browser.signedIn(app.port(), EMPLOYEE).get("/report?month=2026-10").statusCode())
        .isEqualTo(403);
    assertThat(
            Browser.signedIn(app.port(), EMPLOYEE)
                .get("/report/report.pdf?month=2026-10")
                .statusCode())
        .isEqualTo(403);
    assertThat(
            Browser.signedIn(app.port(), RunningApp.ADMIN)
                .get("/report?month=2026-10")
                .statusCode())
        .isEqualTo(200);
  }

  @Test
  void theExecutiveSeesTheMonthWithAPickerAndDownloads() throws Exception {
    Browser exec = Browser.signedIn(app.port(), EXEC);
    HttpResponse<String> page = exec.get("/report?month=2026-10");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("monthly report, October 2026")
        .contains("type=\"month\"")
        .contains("/report/report.pdf?month=2026-10")
        .contains("Nothing was recorded in October 2026");
    HttpResponse<String> html = exec.get("/report/report.html?month=2026-10");
    assertThat(html.statusCode()).isEqualTo(200);
    assertThat(html.headers().firstValue("Content-Disposition").orElse(""))
        .contains("onramp-report-2026-10.html");
    HttpResponse<String> pdf = exec.get("/report/report.pdf?month=2026-10");
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.body()).startsWith("%PDF-");
  }

  @Test
  void aBadMonthIsA400ThatSaysHowToWriteIt() throws Exception {
    HttpResponse<String> r = Browser.signedIn(app.port(), EXEC).get("/report?month=oct");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("YYYY-MM");
  }
}
