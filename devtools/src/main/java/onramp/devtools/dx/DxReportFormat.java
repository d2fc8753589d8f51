package onramp.devtools.dx;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The report as Markdown for a person and as JSON ({@code schemaVersion} 1) for the monthly report.
 */
public final class DxReportFormat {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private DxReportFormat() {}

  public static String markdown(DxReport r) {
    StringBuilder md = new StringBuilder();
    md.append("# The TypeScript assistant: ")
        .append(r.from())
        .append(" to ")
        .append(r.to())
        .append("\n\n");
    md.append("Team level only; engineers are counted, never named or ranked.\n\n");
    md.append("## Effect on delivery (against teams not yet started)\n\n");
    if (r.effects().isEmpty()) {
      md.append("Not estimated (see notes).\n\n");
    }
    for (Effect e : r.effects()) {
      md.append("- **").append(e.metric()).append("**: ").append(e.explanation());
      md.append(
          String.format(
              Locale.ROOT,
              " (%d treated team(s), %d comparison team(s), %d team-weeks; bootstrap seed %d)%n",
              e.treatedTeams(),
              e.comparisonTeams(),
              e.comparisons(),
              e.bootstrapSeed()));
    }
    md.append("\n## What engineers say (survey, 1 = much worse, 5 = much better)\n\n");
    md.append("| team | wave | using it | answers | speed | quality | satisfaction |\n");
    md.append("| --- | ---: | --- | ---: | ---: | ---: | ---: |\n");
    for (DxReport.SurveySummary s : r.survey()) {
      md.append("| ")
          .append(s.team())
          .append(" | ")
          .append(s.wave())
          .append(" | ")
          .append(s.started() ? "yes" : "not yet")
          .append(" | ")
          .append(s.answers())
          .append(" | ")
          .append(score(s.speed()))
          .append(" | ")
          .append(score(s.quality()))
          .append(" | ")
          .append(score(s.satisfaction()))
          .append(" |\n");
    }
    md.append("\nFewer than ")
        .append(DxReport.MIN_SURVEY_ANSWERS)
        .append(" answers: not shown, so no one's answer can be singled out. Read perceived speed")
        .append(" beside the measured effect above: they can disagree.\n");
    md.append("\n## Use (telemetry)\n\n");
    md.append(
        "| team | wave | starts | active engineers | runs | findings | accepted | dismissed | fixed | acceptance | cost | cost per engineer |\n");
    md.append(
        "| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
    for (DxReport.TeamUsage t : r.teams()) {
      md.append("| ")
          .append(t.team())
          .append(" | ")
          .append(t.wave().map(String::valueOf).orElse("–"))
          .append(" | ")
          .append(t.starts().map(String::valueOf).orElse("–"))
          .append(" | ")
          .append(t.activeEngineers())
          .append(" | ")
          .append(t.runs())
          .append(" | ")
          .append(t.findings())
          .append(" | ")
          .append(t.accepted())
          .append(" | ")
          .append(t.dismissed())
          .append(" | ")
          .append(t.fixed())
          .append(" | ")
          .append(
              t.acceptanceRate()
                  .map(x -> String.format(Locale.ROOT, "%.0f%%", 100 * x))
                  .orElse("–"))
          .append(" | $")
          .append(t.costUsd().setScale(2, java.math.RoundingMode.HALF_UP))
          .append(" | ")
          .append(t.costPerEngineer().map(c -> "$" + c).orElse("–"))
          .append(" |\n");
    }
    md.append("\n### Weekly active engineers\n\n");
    for (DxReport.TeamUsage t : r.teams()) {
      List<String> weeks = new ArrayList<>();
      t.weeklyActiveEngineers().forEach((w, n) -> weeks.add(w + ": " + n));
      md.append("- ")
          .append(t.team())
          .append(": ")
          .append(weeks.isEmpty() ? "none" : String.join(", ", weeks))
          .append('\n');
    }
    md.append("\n## Notes\n\n");
    r.notes().forEach(n -> md.append("- ").append(n).append('\n'));
    return md.toString();
  }

  public static String json(DxReport r) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("schemaVersion", 1);
    root.put("from", r.from().toString());
    root.put("to", r.to().toString());
    r.plan()
        .ifPresent(
            p -> {
              Map<String, Object> plan = new LinkedHashMap<>();
              plan.put("start", p.start().toString());
              plan.put("waves", p.waves());
              plan.put("waveWeeks", p.waveWeeks());
              plan.put("seed", p.seed());
              root.put("plan", plan);
            });
    List<Object> effects = new ArrayList<>();
    for (Effect e : r.effects()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("metric", e.metric());
      m.put("verdict", e.verdict().name());
      m.put("estimate", e.estimate().orElse(null));
      m.put("low95", e.low().orElse(null));
      m.put("high95", e.high().orElse(null));
      m.put("explanation", e.explanation());
      m.put("treatedTeams", e.treatedTeams());
      m.put("comparisonTeams", e.comparisonTeams());
      m.put("teamWeeks", e.comparisons());
      m.put("bootstrapSeed", e.bootstrapSeed());
      effects.add(m);
    }
    root.put("effects", effects);
    List<Object> survey = new ArrayList<>();
    for (DxReport.SurveySummary s : r.survey()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("team", s.team());
      m.put("wave", s.wave());
      m.put("started", s.started());
      m.put("answers", s.answers());
      m.put("speed", s.speed().orElse(null));
      m.put("quality", s.quality().orElse(null));
      m.put("satisfaction", s.satisfaction().orElse(null));
      survey.add(m);
    }
    root.put("survey", survey);
    List<Object> teams = new ArrayList<>();
    for (DxReport.TeamUsage t : r.teams()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("team", t.team());
      m.put("wave", t.wave().orElse(null));
      m.put("starts", t.starts().map(String::valueOf).orElse(null));
      Map<String, Integer> weekly = new LinkedHashMap<>();
      t.weeklyActiveEngineers().forEach((w, n) -> weekly.put(w.toString(), n));
      m.put("weeklyActiveEngineers", weekly);
      m.put("activeEngineers", t.activeEngineers());
      m.put("runs", t.runs());
      m.put("findings", t.findings());
      m.put("accepted", t.accepted());
      m.put("dismissed", t.dismissed());
      m.put("fixed", t.fixed());
      m.put("acceptanceRate", t.acceptanceRate().orElse(null));
      m.put("costUsd", t.costUsd());
      m.put("costPerEngineerUsd", t.costPerEngineer().orElse(null));
      teams.add(m);
    }
    root.put("teams", teams);
    root.put("notes", r.notes());
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("maps of strings and numbers always serialise", e);
    }
  }

  private static String score(Optional<Double> x) {
    return x.map(v -> String.format(Locale.ROOT, "%.1f", v)).orElse("–");
  }
}
