package onramp.app.review;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import onramp.app.apply.DocumentKind;
import onramp.onboarding.Outcome;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The back office: {@code /review} (queue), {@code /review/{id}} (case), documents and decisions.
 */
@Controller
class ReviewController {
  private final Reviews reviews;

  ReviewController(Reviews reviews) {
    this.reviews = reviews;
  }

  @GetMapping("/review")
  String queue(
      @RequestParam(required = false) @Nullable String reason,
      @RequestParam(required = false) @Nullable Integer olderThanHours,
      Model model) {
    Optional<String> code = Optional.ofNullable(reason).filter(r -> !r.isBlank());
    Optional<Duration> age =
        Optional.ofNullable(olderThanHours).filter(h -> h > 0).map(Duration::ofHours);
    model.addAttribute("entries", reviews.queue(code, age));
    model.addAttribute("codes", reviews.queueReasonCodes());
    model.addAttribute("reason", code.orElse(""));
    model.addAttribute("olderThanHours", olderThanHours == null ? 0 : olderThanHours);
    return "review-queue";
  }

  @GetMapping("/review/{id}")
  String caseFile(@PathVariable UUID id, Authentication auth, Model model) {
    CaseView view = reviews.open(id, auth.getName());
    model.addAttribute("c", view);
    model.addAttribute("evidence", Evidence.of(view));
    return "review-case";
  }

  @GetMapping("/review/{id}/documents/{kind}")
  ResponseEntity<byte[]> document(
      @PathVariable UUID id, @PathVariable String kind, Authentication auth) {
    DocumentKind k =
        DocumentKind.byKey(kind)
            .orElseThrow(
                () ->
                    new ResponseStatusException(
                        HttpStatus.NOT_FOUND,
                        "There is no document '" + kind + "'; use dl-front, dl-back or i9."));
    Reviews.Document doc = reviews.document(id, k, auth.getName());
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(doc.mediaType()))
        .cacheControl(CacheControl.noStore())
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.inline().filename(doc.fileName()).build().toString())
        .body(doc.bytes());
  }

  @PostMapping("/review/{id}/decision")
  String decide(
      @PathVariable UUID id,
      @RequestParam(defaultValue = "") String decision,
      @RequestParam(defaultValue = "") String note,
      Authentication auth,
      Model model,
      RedirectAttributes redirect) {
    Outcome chosen;
    try {
      chosen = chosen(decision);
      reviews.decide(id, auth.getName(), chosen, note);
    } catch (ReviewRejectedException e) {
      model.addAttribute("error", e.getMessage());
      model.addAttribute("note", note);
      return caseFile(id, auth, model);
    }
    redirect.addFlashAttribute(
        "message",
        "Decision recorded: " + (chosen == Outcome.APPROVED ? "approved" : "rejected") + ".");
    return "redirect:/review";
  }

  /** The form's choice: approve or reject; nothing else is a reviewer's decision. */
  private static Outcome chosen(String decision) {
    return Stream.of(Outcome.APPROVED, Outcome.REJECTED)
        .filter(o -> o.name().equals(decision))
        .findFirst()
        .orElseThrow(ReviewRejectedException::noDecision);
  }
}
