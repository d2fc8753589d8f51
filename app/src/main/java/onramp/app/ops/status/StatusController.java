package onramp.app.ops.status;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/status}: the components of {@code /} as JSON (name and on/off only; it is
 * public), for scripts and monitoring.
 */
@RestController
class StatusController {
  private final ComponentStatuses statuses;

  StatusController(ComponentStatuses statuses) {
    this.statuses = statuses;
  }

  record StatusResponse(String application, List<ComponentStatus.PublicStatus> components) {}

  @GetMapping("/api/status")
  StatusResponse status() {
    return new StatusResponse("Onramp", statuses.publicView());
  }
}
