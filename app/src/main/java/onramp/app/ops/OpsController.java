package onramp.app.ops;

import jakarta.servlet.http.HttpServletRequest;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import onramp.app.ops.status.ComponentStatuses;
import onramp.app.system.charts.Charts;
import onramp.app.system.charts.Unit;
import onramp.app.system.security.Roles;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /ops}: applications per day, automation rate, time to decision, queue, top reasons. */
@Controller
class OpsController {
  private final Operations operations;
  private final ComponentStatuses statuses;

  OpsController(Operations operations, ComponentStatuses statuses) {
    this.operations = operations;
    this.statuses = statuses;
  }

  @GetMapping("/ops")
  String dashboard(
      @RequestParam(defaultValue = "14") int days, Model model, HttpServletRequest request) {
    if (request.isUserInRole(Roles.ADMIN)) {
      // Database URL, data folder, model path: for admins only, never on the public pages.
      model.addAttribute("components", statuses.all());
    }
    int span = Math.max(1, Math.min(days, 90));
    OpsFigures f = operations.figures(span);
    model.addAttribute("f", f);
    model.addAttribute("days", span);
    model.addAttribute(
        "perDayChart",
        Charts.stackedBars(
            "System decisions per day: approved, rejected, to review",
            new Charts.Axes("Day (month-day)", "Decisions", Unit.COUNT),
            f.days().stream()
                .map(
                    d ->
                        new Charts.Bar(
                            d.day().toString().substring(5),
                            List.of(
                                new Charts.Segment(d.approved(), "#0a6b2d", "approved"),
                                new Charts.Segment(d.rejected(), "#a4262c", "rejected"),
                                new Charts.Segment(d.review(), "#b26a00", "to review"))))
                .toList()));
    model.addAttribute(
        "signUpChart",
        Charts.stackedBars(
            "Sign-ups per day",
            new Charts.Axes("Day (month-day)", "Sign-ups", Unit.COUNT),
            f.days().stream()
                .map(
                    d ->
                        Charts.Bar.of(
                            d.day().toString().substring(5), (double) d.signUps(), "#0b57d0"))
                .toList()));
    model.addAttribute(
        "reasonChart",
        Charts.horizontalBars(
            "Top reasons",
            new Charts.Axes("Reason", "Decisions with the reason", Unit.COUNT),
            f.topReasons().stream()
                .map(c -> Charts.Bar.of(c.label(), (double) c.count(), "#0b57d0"))
                .toList()));
    model.addAttribute(
        "automation",
        f.automationRate().map(r -> String.format(Locale.ROOT, "%.0f%%", r * 100)).orElse("–"));
    model.addAttribute("systemP50", seconds(f.systemP50()));
    model.addAttribute("systemP95", seconds(f.systemP95()));
    model.addAttribute("finalP50", seconds(f.finalP50()));
    model.addAttribute("finalP95", seconds(f.finalP95()));
    model.addAttribute(
        "oldest",
        f.oldestInQueueHours().map(h -> String.format(Locale.ROOT, "%.1f h", h)).orElse("–"));
    OpsFigures.Processing p = f.processing();
    model.addAttribute(
        "lastFailure",
        p.lastFailure()
            .map(
                t ->
                    DateTimeFormatter.ofPattern("d MMM HH:mm 'UTC'", Locale.UK)
                        .format(t.atZone(ZoneOffset.UTC)))
            .orElse("none now"));
    return "ops";
  }

  static String seconds(Optional<Double> s) {
    if (s.isEmpty()) {
      return "–";
    }
    double v = s.get();
    if (v < 120) {
      return String.format(Locale.ROOT, "%.1f s", v);
    }
    if (v < 7200) {
      return String.format(Locale.ROOT, "%.0f min", v / 60);
    }
    return String.format(Locale.ROOT, "%.1f h", v / 3600);
  }
}
