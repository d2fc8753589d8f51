package onramp.app.review;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admin-only actions on a case: record the end of employment (starts the I-9 retention year). */
@Controller
class AdminController {
  private final Reviews reviews;

  AdminController(Reviews reviews) {
    this.reviews = reviews;
  }

  @PostMapping("/admin/applications/{id}/employment-ended")
  String employmentEnded(
      @PathVariable UUID id,
      @RequestParam String on,
      Authentication auth,
      RedirectAttributes redirect) {
    LocalDate date;
    try {
      date = LocalDate.parse(on);
    } catch (DateTimeParseException e) {
      throw new ResponseStatusException(
          HttpStatus.BAD_REQUEST, "Give the last day of employment as a date (YYYY-MM-DD).");
    }
    reviews.employmentEnded(id, date, auth.getName());
    redirect.addFlashAttribute("message", "Employment end recorded.");
    return "redirect:/review/" + id;
  }
}
