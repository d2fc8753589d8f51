package onramp.insights.render;

/** The report's CSS, inline in the document (the HTML file must stand alone). */
final class ReportStyle {
  private ReportStyle() {}

  static final String CSS =
      """
      @page { size: A4; margin: 14mm 12mm; }
      body { font-family: 'Liberation Sans', Arial, Helvetica, sans-serif; color: #222; margin: 0 auto;
             max-width: 960px; padding: 0 12px 24px; font-size: 14px; line-height: 1.4; }
      h1 { font-size: 22px; margin: 16px 0 2px; }
      h2 { font-size: 17px; border-bottom: 2px solid #1f5fa8; padding-bottom: 3px; margin: 22px 0 10px; }
      .asof, .note { color: #555; font-size: 12px; }
      .notice { background: #fff7e0; border-left: 4px solid #d9822b; padding: 8px 10px; }
      .empty { color: #444; font-style: italic; }
      .demo { background: #b00020; color: #fff; font-weight: bold; padding: 8px 12px; text-align: center;
              letter-spacing: 0.03em; margin-top: 8px; }
      .kpis { display: flex; flex-wrap: wrap; gap: 10px; margin: 8px 0; }
      .kpi { border: 1px solid #d8dee8; border-radius: 4px; padding: 8px 10px; min-width: 150px; flex: 1 1 150px;
             display: inline-block; margin: 0 6px 6px 0; vertical-align: top; }
      .kpi .v { font-size: 19px; font-weight: bold; color: #1f5fa8; }
      .kpi .l { font-size: 12px; color: #555; }
      svg.chart { width: 100%; height: auto; max-width: 640px; display: block; margin: 8px 0;
                  page-break-inside: avoid; }
      table { border-collapse: collapse; margin: 8px 0; font-size: 12.5px; width: 100%; }
      caption { text-align: left; font-weight: bold; padding: 4px 0; }
      th, td { border-bottom: 1px solid #e3e3e3; padding: 3px 6px; text-align: left; vertical-align: top; }
      td.n, th.n { text-align: right; }
      td { overflow-wrap: anywhere; }
      .kpi { box-sizing: border-box; }
      @media (max-width: 480px) { .kpi { min-width: 0; flex-basis: 40%; } table { font-size: 11.5px; } }
      .cols { display: flex; flex-wrap: wrap; gap: 16px; }
      .cols > div { flex: 1 1 300px; min-width: 0; }
      ul.due li { margin: 3px 0; }
      section { page-break-inside: auto; }
      .toolbar { background: #f2f4f8; padding: 8px 12px; display: flex; flex-wrap: wrap; gap: 12px; align-items: center; }
      .toolbar a { color: #1f5fa8; }
      @media print { .toolbar { display: none; } }
      """;
}
