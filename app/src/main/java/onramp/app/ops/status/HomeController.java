package onramp.app.ops.status;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code GET /}: what Onramp is and which of its components are on (on/off only: the page is
 * public; admins see the details on {@code /ops}).
 */
@Controller
class HomeController {
  private final ComponentStatuses statuses;

  HomeController(ComponentStatuses statuses) {
    this.statuses = statuses;
  }

  @GetMapping("/")
  String home(Model model) {
    model.addAttribute("components", statuses.publicView());
    return "home";
  }
}
