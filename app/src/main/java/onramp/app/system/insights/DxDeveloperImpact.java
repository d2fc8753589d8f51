package onramp.app.system.insights;

import java.time.LocalDate;
import java.util.List;
import onramp.devtools.dx.DxException;
import onramp.devtools.dx.DxReport;
import onramp.devtools.dx.DxStore;
import onramp.insights.DeveloperImpact;
import onramp.insights.ReportMonth;

/** The report's developer-impact section from devtools' DxReport (the month's runs and survey). */
public final class DxDeveloperImpact implements DeveloperImpact.Source {
  /** The bootstrap's seed: fixed, so the same month gives the same interval every time. */
  static final long SEED = 14;

  private final DxStore store;

  public DxDeveloperImpact(DxStore store) {
    this.store = store;
  }

  @Override
  public DeveloperImpact forMonth(ReportMonth month) {
    LocalDate from = month.month().atDay(1);
    LocalDate to = month.month().plusMonths(1).atDay(1);
    DxReport r;
    try {
      r = DxReport.build(store, from, to, SEED);
    } catch (DxException e) {
      return new DeveloperImpact.Unknown(String.valueOf(e.getMessage()));
    }
    int engineers = r.teams().stream().mapToInt(DxReport.TeamUsage::activeEngineers).sum();
    int runs = r.teams().stream().mapToInt(DxReport.TeamUsage::runs).sum();
    int findings = r.teams().stream().mapToInt(DxReport.TeamUsage::findings).sum();
    int kept = r.teams().stream().mapToInt(t -> t.accepted() + t.fixed()).sum();
    List<DeveloperImpact.Effect> effects =
        r.effects().stream()
            .map(
                e ->
                    new DeveloperImpact.Effect(
                        e.metric(),
                        e.estimate(),
                        e.low(),
                        e.high(),
                        e.verdict().name(),
                        e.explanation()))
            .toList();
    return new DeveloperImpact.Known(
        r.teams().size(),
        engineers,
        runs,
        findings,
        findings == 0
            ? java.util.Optional.empty()
            : java.util.Optional.of((double) kept / findings),
        effects,
        r.notes());
  }
}
