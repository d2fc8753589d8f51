package onramp.app.workspace.admin;

import java.security.Principal;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import onramp.workspace.usage.WorkspaceUsage;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/workspace/usage/me?from=YYYY-MM-DD&to=YYYY-MM-DD}: the signed-in employee's own
 * runs, tokens and dollars, per ISO week and by template (default: the last 12 weeks).
 */
@RestController
class MyUsageApiController {
  private final WorkspaceUsage usage;
  private final Clock clock;

  MyUsageApiController(WorkspaceUsage usage, Clock clock) {
    this.usage = usage;
    this.clock = clock;
  }

  @GetMapping("/api/workspace/usage/me")
  Map<String, @Nullable Object> me(
      Principal who, @RequestParam Optional<String> from, @RequestParam Optional<String> to) {
    return MyUsage.of(usage, who.getName(), Ranges.of(from, to, clock)).json();
  }
}
