package onramp.app.dx;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import onramp.devtools.dx.DxException;
import onramp.devtools.dx.DxReport;
import onramp.devtools.dx.DxReportFormat;
import onramp.devtools.dx.DxStore;
import onramp.devtools.dx.ExperimentPlan;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /dx} and {@code /api/dx/report}: what {@code ./onramp dx report} prints, for leadership.
 * The period defaults as the command's does: from eight weeks before the rollout's start (else
 * twelve weeks ago) to tomorrow. When the data cannot make a report (no runs, no survey), the page
 * says why and what to do, as the command does.
 */
@Controller
class DxPageController {
  private final DxStore store;
  private final Clock clock;

  DxPageController(DxStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  /** The period of a report and the seed of its bootstrap. */
  record Period(LocalDate from, LocalDate to, long seed) {}

  @GetMapping("/dx")
  String page(@RequestParam Optional<String> from, @RequestParam Optional<String> to, Model model) {
    Period p = period(from, to);
    model.addAttribute("from", p.from());
    model.addAttribute("to", p.to());
    try {
      model.addAttribute("v", DxView.of(DxReport.build(store, p.from(), p.to(), p.seed())));
    } catch (DxException e) {
      model.addAttribute("refusal", e.getMessage());
    }
    return "dx";
  }

  @GetMapping(value = "/api/dx/report", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<?> json(@RequestParam Optional<String> from, @RequestParam Optional<String> to) {
    Period p = period(from, to);
    try {
      return ResponseEntity.ok()
          .contentType(MediaType.APPLICATION_JSON)
          .body(DxReportFormat.json(DxReport.build(store, p.from(), p.to(), p.seed())));
    } catch (DxException e) {
      return ResponseEntity.unprocessableEntity()
          .body(Map.of("error", e.getMessage(), "from", p.from(), "to", p.to()));
    }
  }

  private Period period(Optional<String> from, Optional<String> to) {
    Optional<ExperimentPlan> plan = store.plan();
    DxReport.Period period =
        DxReport.defaultPeriod(
            plan,
            from.map(f -> date("from", f)),
            to.map(t -> date("to", t)),
            LocalDate.now(clock.withZone(ZoneOffset.UTC)));
    LocalDate since = period.from();
    LocalDate until = period.to();
    if (!since.isBefore(until)) {
      throw new ResponseStatusException(
          HttpStatus.BAD_REQUEST,
          "The period is empty: 'from' (" + since + ") must come before 'to' (" + until + ").");
    }
    return new Period(since, until, plan.map(ExperimentPlan::seed).orElse(1L));
  }

  private static LocalDate date(String field, String text) {
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new ResponseStatusException(
          HttpStatus.BAD_REQUEST,
          "'"
              + field
              + "' must be a date written YYYY-MM-DD (for example 2026-11-02), not '"
              + text
              + "'.");
    }
  }
}
