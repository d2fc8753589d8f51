package onramp.app.workspace.admin;

import java.security.Principal;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import onramp.gateway.DataClass;
import onramp.workspace.usage.DateRange;
import onramp.workspace.usage.RetentionSettings;
import onramp.workspace.usage.WorkspaceUsage;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /workspace/usage} (the signed-in employee's own usage) and {@code /workspace/admin}
 * (ADMIN: usage of everyone, exports, retention form).
 */
@Controller
class UsagePagesController {
  private final WorkspaceUsage usage;
  private final RetentionSettings retention;
  private final AdminActions actions;
  private final Clock clock;

  UsagePagesController(
      WorkspaceUsage usage, RetentionSettings retention, AdminActions actions, Clock clock) {
    this.usage = usage;
    this.retention = retention;
    this.actions = actions;
    this.clock = clock;
  }

  @GetMapping("/workspace/usage")
  String mine(
      Principal who,
      @RequestParam Optional<String> from,
      @RequestParam Optional<String> to,
      Model model) {
    DateRange range = range(from, to);
    model.addAttribute("v", MyUsageView.of(MyUsage.of(usage, who.getName(), range)));
    return "workspace-usage";
  }

  @GetMapping("/workspace/admin")
  String admin(
      @RequestParam Optional<String> from, @RequestParam Optional<String> to, Model model) {
    model.addAttribute("v", AdminView.of(usage, range(from, to), retention.all()));
    return "workspace-admin";
  }

  /** The retention form: one field {@code days.CLASS} per data class, blank for "keep". */
  @PostMapping("/workspace/admin/retention")
  String setRetention(
      Principal admin, @RequestParam Map<String, String> form, RedirectAttributes flash) {
    Map<DataClass, Optional<Integer>> days = new LinkedHashMap<>();
    try {
      for (DataClass c : DataClass.values()) {
        String field = form.get("days." + c.name());
        if (field != null) {
          days.put(c, RetentionSettings.parseDays(c, field));
        }
      }
      long changed =
          actions.setRetention(days, admin.getName()).stream()
              .filter(RetentionSettings.Change::changed)
              .count();
      flash.addFlashAttribute(
          "retentionSaved",
          changed == 0 ? "Nothing changed." : "Saved: " + changed + " data class(es) changed.");
    } catch (IllegalArgumentException e) {
      flash.addFlashAttribute(
          "retentionError",
          "Nothing was saved: "
              + Objects.requireNonNullElse(e.getMessage(), "the form is malformed")
              + ".");
    }
    return "redirect:/workspace/admin#retention";
  }

  private DateRange range(Optional<String> from, Optional<String> to) {
    try {
      return Ranges.of(from, to, clock);
    } catch (IllegalArgumentException e) {
      throw new ResponseStatusException(
          HttpStatus.BAD_REQUEST,
          "Cannot show workspace usage: "
              + e.getMessage()
              + ". For example: /workspace/admin?from=2026-03-02&to=2026-03-29");
    }
  }
}
