package onramp.insights.render;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import onramp.insights.Adoption;
import onramp.insights.DeveloperImpact;
import onramp.insights.Evaluation;
import onramp.insights.Governance;
import onramp.insights.Onboarding;
import onramp.insights.Report;
import onramp.insights.Spend;
import onramp.insights.Supply;

/**
 * The report as one self-contained XHTML document: inline CSS and SVG charts, nothing fetched. The
 * same document is what the PDF is made from, so the two always agree.
 */
public final class ReportHtml {
  private static final DateTimeFormatter AS_OF =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(java.time.ZoneOffset.UTC);

  private final ReportCharts charts = new ReportCharts();

  /** The document; {@code toolbar} is XHTML put above the report (the web page's month picker). */
  public static String render(Report report, String toolbar) {
    return new ReportHtml().document(report, toolbar);
  }

  static String monthName(Report r) {
    return r.month().month().getMonth().getDisplayName(TextStyle.FULL, Locale.US)
        + " "
        + r.month().month().getYear();
  }

  private String document(Report r, String toolbar) {
    Html h = new Html();
    h.raw("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head>")
        .raw("<meta charset=\"utf-8\" />")
        .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />")
        .raw("<title>")
        .text("Onramp report — " + monthName(r))
        .raw("</title><style>")
        .raw(ReportStyle.CSS)
        .raw("</style></head><body>")
        .raw(toolbar);
    banner(h, r);
    h.raw("<header><h1>")
        .text("Onramp — monthly report, " + monthName(r))
        .raw("</h1>")
        .p(
            "asof",
            "Figures as recorded at "
                + AS_OF.format(r.asOf())
                + ". How each figure is computed: docs/report.md.")
        .raw("</header>");
    if (r.state() == Report.State.FUTURE) {
      h.p(
          "notice",
          monthName(r) + " has not started yet: there is nothing to report. Pick a past month.");
      return h.raw("</body></html>").toString();
    }
    if (r.state() == Report.State.IN_PROGRESS) {
      h.p(
          "notice",
          monthName(r)
              + " is still in progress: the figures cover it up to "
              + AS_OF.format(r.asOf())
              + ".");
    }
    if (r.empty()) {
      h.p(
          "notice",
          "Nothing was recorded in "
              + monthName(r)
              + ": no applications submitted or decided, no model calls and no workspace runs.");
    }
    decisions(h, r);
    onboarding(h, r);
    supply(h, r);
    spend(h, r);
    adoption(h, r);
    developers(h, r.developerImpact());
    governance(h, r.governance());
    return h.raw("</body></html>").toString();
  }

  private static void banner(Html h, Report r) {
    r.demo()
        .ifPresent(
            d ->
                h.raw("<div class=\"demo\">")
                    .text("DEMO DATA — synthetic activity (" + d + "), not the company's figures.")
                    .raw("</div>"));
  }

  private static void section(Html h, String title) {
    h.raw("<section><h2>").text(title).raw("</h2>");
  }

  private static void kpis(Html h, String[][] pairs) {
    h.raw("<div class=\"kpis\">");
    for (String[] p : pairs) {
      h.raw("<div class=\"kpi\"><div class=\"v\">")
          .text(p[0])
          .raw("</div><div class=\"l\">")
          .text(p[1])
          .raw("</div></div>");
    }
    h.raw("</div>");
  }

  private static void decisions(Html h, Report r) {
    section(h, "Decisions due");
    if (r.decisionsDue().isEmpty()) {
      h.p("empty", "Nothing needs a decision this month.");
    } else {
      h.raw("<ul class=\"due\">");
      r.decisionsDue().forEach(d -> h.raw("<li>").text(d).raw("</li>"));
      h.raw("</ul>");
    }
    h.raw("</section>");
  }

  private void onboarding(Html h, Report r) {
    Onboarding o = r.onboarding();
    section(h, "Onboarding speed");
    kpis(
        h,
        new String[][] {
          {Html.count(o.submitted()), "applications submitted"},
          {Html.count(o.decided()), "decided (" + Html.count(o.approved()) + " approved)"},
          {days(o.p50Hours()), "median time to decision (manual: 7 days)"},
          {days(o.p95Hours()), "95th percentile time to decision"},
        });
    Map<String, Double> p50 = new LinkedHashMap<>();
    Map<String, Double> p95 = new LinkedHashMap<>();
    Map<String, Double> base = new LinkedHashMap<>();
    o.history()
        .forEach(
            m -> {
              p50.put(m.month().toString(), m.p50Hours() / 24);
              p95.put(m.month().toString(), m.p95Hours() / 24);
              base.put(m.month().toString(), 7.0);
            });
    if (o.history().stream().allMatch(m -> m.decided() == 0)) {
      h.p(
          "empty",
          "No application was decided in the last "
              + o.history().size()
              + " months, so there is no time to decision to chart.");
    } else {
      Map<String, Map<String, Double>> s = new LinkedHashMap<>();
      s.put("median (p50)", p50);
      s.put("95th percentile", p95);
      s.put("manual baseline (7 days)", base);
      h.raw(charts.lines("Time from submission to decision", "Month decided", "Days", s));
    }
    h.raw("<div class=\"cols\"><div>");
    if (o.overrides() == 0) {
      h.p(
          "empty",
          "Reviewers overrode no system decision ("
              + Html.count(o.systemDecisions())
              + " system decisions this month).");
    } else {
      List<String[]> rows = new ArrayList<>();
      rows.add(new String[] {"Reason the system gave", "Overrides"});
      o.overridesByReason().forEach((k, v) -> rows.add(new String[] {k, Html.count(v)}));
      h.table(
          "Overrides: "
              + Html.count(o.overrides())
              + " of "
              + Html.count(o.systemDecisions())
              + " system decisions",
          rows);
    }
    h.raw("</div><div>");
    List<String[]> q = new ArrayList<>();
    q.add(new String[] {"Review queue at month end", ""});
    q.add(new String[] {"waiting for a decision", Html.count(o.queueOpen())});
    q.add(
        new String[] {
          "median wait", Double.isNaN(o.queueP50Days()) ? "—" : Html.one(o.queueP50Days()) + " days"
        });
    q.add(new String[] {"waiting more than 7 days", Html.count(o.queueOver7Days())});
    h.table("Queue", q);
    h.raw("</div></div>");
    evaluation(h, r.evaluation());
    h.raw("</section>");
  }

  private static void evaluation(Html h, Evaluation e) {
    if (e.latest().isEmpty()) {
      h.p(
          "empty",
          "No evaluation recorded: the decision's accuracy is unknown. Record one with ./onramp eval --record.");
      return;
    }
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"Split", "Corpus", "Recorded", "Cases", "Correct"});
    for (Evaluation.Run run : e.latest()) {
      rows.add(
          new String[] {
            run.split().equals("heldout") ? "held-out (never tuned on)" : "dev",
            run.corpus(),
            AS_OF.format(run.recordedAt()),
            Html.count(run.cases()),
            Html.pct(run.accuracy())
          });
    }
    h.table("Accuracy of the automatic decision (latest ./onramp eval --record)", rows);
  }

  private static void supply(Html h, Report r) {
    Supply s = r.supply();
    section(h, "Driver supply");
    if (s.daysSaved().isEmpty()) {
      h.p(
          "empty",
          "No driver was approved in " + monthName(r) + ", so the model has nothing to estimate.");
    } else {
      kpis(
          h,
          new String[][] {
            {Html.one(s.daysSaved().get()), "days saved per approved driver (7 − median)"},
            {band(s.extraActive()), "extra active drivers"},
            {band(s.extraTrips()), "extra trips per month"},
          });
      h.p(
          "note",
          "Central estimate, with the range from every parameter at its low and at its high value.");
    }
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"Parameter", "Value", "Range", "Unit", "Basis"});
    for (Supply.Parameter p : s.parameters()) {
      rows.add(
          new String[] {
            p.name(), num(p.value()), num(p.low()) + " – " + num(p.high()), p.unit(), p.basis()
          });
    }
    h.table("Model parameters (change them with ./onramp report --set NAME=VALUE)", rows);
    h.raw("</section>");
  }

  private void spend(Html h, Report r) {
    Spend s = r.spend();
    section(h, "Model spend");
    if (!s.vendorConfigured()) {
      h.p(
          "empty",
          "No call reached a model vendor in the last "
              + s.history().size()
              + " months: no vendor is configured, or nothing used one. There is no spend to chart.");
      h.raw("</section>");
      return;
    }
    kpis(
        h,
        new String[][] {
          {Html.usd(s.total()), Html.count(s.calls()) + " calls this month"},
          {Html.usd(s.forecast()), s.monthInProgress() ? "forecast to month end" : "month total"},
          {s.perOnboardedDriver().map(Html::usd).orElse("—"), "per onboarded driver"},
          {s.perWorkspaceRun().map(Html::usd).orElse("—"), "per workspace run"},
          {s.perReviewedPr().map(Html::usd).orElse("—"), "per reviewed pull request"},
        });
    Map<String, Double> hist = new LinkedHashMap<>();
    s.history().forEach(m -> hist.put(m.month().toString(), m.usd().doubleValue()));
    h.raw(charts.bars("Spend per month", "Month", "USD", ReportCharts.one("spend", hist), false));
    if (s.byTeam().isEmpty()) {
      h.p("empty", "No model call in " + monthName(r) + ".");
    } else {
      h.raw(
          charts.bars(
              "Spend by team, " + r.month(),
              "Team",
              "USD",
              ReportCharts.one("spend", usd(s.byTeam())),
              true));
      h.raw("<div class=\"cols\"><div>");
      h.table("By tool", shares("Tool", s.byTool()));
      h.raw("</div><div>");
      h.table("By model", shares("Model", s.byModel()));
      h.raw("</div></div>");
    }
    if (s.budgets().isEmpty()) {
      h.p("empty", "No budget limit is set.");
    } else {
      List<String[]> rows = new ArrayList<>();
      rows.add(new String[] {"Budget", "Limit", "Spent", "Used"});
      s.budgets()
          .forEach(
              b ->
                  rows.add(
                      new String[] {
                        b.scope().toLowerCase(Locale.ROOT) + " " + b.name(),
                        Html.usd(b.limit()),
                        Html.usd(b.spent()),
                        Html.pct(b.used())
                      }));
      h.table("Budgets this month", rows);
    }
    h.raw("</section>");
  }

  private void adoption(Html h, Report r) {
    Adoption a = r.adoption();
    section(h, "Workspace adoption");
    if (a.runs() == 0) {
      h.p("empty", "No workspace run in " + monthName(r) + ".");
      h.raw("</section>");
      return;
    }
    kpis(
        h,
        new String[][] {
          {Html.count(a.runs()), "runs"},
          {Html.count(a.activeUsers()), "people who ran something"},
          {Html.count(a.customerDataRuns()), "runs on customer data"},
          {Html.count(a.maskedTotal()), "entities masked before the model saw them"},
        });
    h.raw(
        charts.bars(
            "Weekly active users by team",
            "Team",
            "Users per week (mean over the month)",
            ReportCharts.one("weekly active users", a.weeklyActiveByTeam()),
            true));
    Map<String, Double> templates = new LinkedHashMap<>();
    a.runsByTemplate().stream().limit(10).forEach(c -> templates.put(c.name(), (double) c.n()));
    h.raw(
        charts.bars(
            "Runs by template (top 10)",
            "Template",
            "Runs",
            ReportCharts.one("runs", templates),
            true));
    if (!a.maskedByType().isEmpty()) {
      List<String[]> rows = new ArrayList<>();
      rows.add(new String[] {"Entity type", "Masked"});
      a.maskedByType().forEach((k, v) -> rows.add(new String[] {k, Html.count(v)}));
      h.table("Masked entities by type", rows);
    }
    h.raw("</section>");
  }

  private static void developers(Html h, DeveloperImpact d) {
    section(h, "Developer impact (TypeScript assistant)");
    switch (d) {
      case DeveloperImpact.Unknown u -> h.p("empty", u.why());
      case DeveloperImpact.Known k -> {
        kpis(
            h,
            new String[][] {
              {Html.count(k.runs()), "review runs"},
              {Html.count(k.activeEngineers()), "engineers, " + k.teams() + " teams"},
              {Html.count(k.findings()), "findings"},
              {k.acceptanceRate().map(Html::pct).orElse("—"), "findings accepted or fixed"},
            });
        if (!k.effects().isEmpty()) {
          List<String[]> rows = new ArrayList<>();
          rows.add(new String[] {"Metric", "Estimate", "95% interval", "Verdict"});
          k.effects()
              .forEach(
                  e ->
                      rows.add(
                          new String[] {
                            e.metric(),
                            e.estimate().map(ReportHtml::num).orElse("—"),
                            e.low().isPresent() && e.high().isPresent()
                                ? num(e.low().get()) + " – " + num(e.high().get())
                                : "—",
                            e.verdict()
                          }));
          h.table("Estimated effect (staggered rollout, bootstrap interval)", rows);
        }
        k.notes().forEach(n -> h.p("note", n));
      }
    }
    h.raw("</section>");
  }

  private void governance(Html h, Governance g) {
    section(h, "Governance");
    kpis(
        h,
        new String[][] {
          {Html.count(g.exceptionsGranted()), "policy exceptions granted"},
          {Html.count(g.exceptionsRefused()), "exception requests refused"},
          {Html.count(g.refusals()), "calls refused by policy or budget"},
          {
            g.auditCompleteness().isPresent() ? Html.pct(g.auditCompleteness().getAsDouble()) : "—",
            "audit completeness"
          },
        });
    h.p(
        "note",
        "Audit completeness: gateway audit rows of the workspace ("
            + Html.count(g.workspaceCallsAudited())
            + ") over the workspace runs that reached a model by the workspace's own record ("
            + Html.count(g.workspaceRunsSent())
            + ").");
    if (!g.expiring().isEmpty()) {
      List<String[]> rows = new ArrayList<>();
      rows.add(new String[] {"Exception", "Purpose", "Ticket", "Expires"});
      g.expiring()
          .forEach(
              e ->
                  rows.add(
                      new String[] {
                        e.vendor() + " " + e.model(),
                        e.purpose(),
                        e.ticket(),
                        e.expires().toString()
                      }));
      h.table("Exceptions expiring within 30 days", rows);
    }
    Map<String, Map<String, Double>> s = new LinkedHashMap<>();
    Map<String, Double> inc = new LinkedHashMap<>();
    Map<String, Double> ref = new LinkedHashMap<>();
    g.incidentsByCode().forEach((k, v) -> inc.put(k, (double) v));
    g.refusalsByCode().forEach((k, v) -> ref.put(k, (double) v));
    if (inc.isEmpty() && ref.isEmpty()) {
      h.p("empty", "No call failed or was refused this month.");
    } else {
      s.put("failed (vendor errors, timeouts, circuit open)", inc);
      s.put("refused before sending", ref);
      h.raw(
          charts.bars("Calls that did not succeed, by error code", "Error code", "Calls", s, true));
    }
    h.p(
        "note",
        Html.count(g.retries())
            + " retries over "
            + Html.count(g.callsRetried())
            + " calls that needed more than one attempt.");
    h.raw("</section>");
  }

  private static List<String[]> shares(String what, List<Spend.Share> shares) {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {what, "USD", "Calls"});
    shares.stream()
        .limit(10)
        .forEach(s -> rows.add(new String[] {s.name(), Html.usd(s.usd()), Html.count(s.calls())}));
    return rows;
  }

  private static Map<String, Double> usd(List<Spend.Share> shares) {
    Map<String, Double> m = new LinkedHashMap<>();
    shares.stream().limit(12).forEach(s -> m.put(s.name(), s.usd().doubleValue()));
    return m;
  }

  private static String days(double hours) {
    if (Double.isNaN(hours)) {
      return "—";
    }
    return hours < 48 ? Html.one(hours) + " h" : Html.one(hours / 24) + " days";
  }

  private static String band(Supply.Band b) {
    return Html.one(b.central()) + " (" + Html.one(b.low()) + "–" + Html.one(b.high()) + ")";
  }

  static String num(double v) {
    return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }
}
