package onramp.app.apply;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import onramp.app.system.security.ApplicantSignIn;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code /apply} (sign up), {@code /application} (upload, submit, outcome; the applicant's own
 * application, found from the session) and {@code /resume/{token}} (back in from another device).
 */
@Controller
class ApplyController {
  private static final Map<String, String> LABELS = labels();
  private final Applications applications;
  private final ApplicantSignIn signIn;
  private final RequestLimits limits;

  ApplyController(Applications applications, ApplicantSignIn signIn, RequestLimits limits) {
    this.applications = applications;
    this.signIn = signIn;
    this.limits = limits;
  }

  /** 429 with Retry-After and a message the page shows. */
  private static String tooMany(Duration wait, HttpServletResponse response) {
    response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
    response.setHeader("Retry-After", Long.toString(wait.toSeconds()));
    long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
    return "Too many tries from here in a short time. Please wait "
        + minutes
        + (minutes == 1 ? " minute" : " minutes")
        + " and try again.";
  }

  @GetMapping("/apply")
  String form(Model model) {
    model.addAttribute("form", SignUp.empty());
    return "apply";
  }

  @PostMapping("/apply")
  String signUp(
      @ModelAttribute("form") SignUp form,
      Model model,
      HttpServletRequest request,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Optional<Duration> wait = limits.signUp(request.getRemoteAddr());
    if (wait.isPresent()) {
      model.addAttribute("problems", List.of(tooMany(wait.get(), response)));
      return "apply";
    }
    NewApplication created;
    try {
      created = applications.signUp(form);
    } catch (SignUpRejectedException e) {
      model.addAttribute("problems", e.problems().stream().map(ApplyController::readable).toList());
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
      return "apply";
    }
    signIn.signIn(created.id(), request, response);
    redirect.addFlashAttribute(
        "resumeLink",
        ServletUriComponentsBuilder.fromCurrentContextPath()
            .path("/resume/" + created.token())
            .toUriString());
    return "redirect:/application";
  }

  /**
   * The resume link only shows a confirmation page: signing in takes a POST with this browser's
   * CSRF token, so a page elsewhere cannot sign a visitor in to an application of its choosing.
   */
  @GetMapping("/resume/{token}")
  String resumePage(@PathVariable String token, Model model) {
    application(token);
    model.addAttribute("token", token);
    return "resume";
  }

  @PostMapping("/resume/{token}")
  String resume(
      @PathVariable String token, HttpServletRequest request, HttpServletResponse response) {
    signIn.signIn(application(token), request, response);
    return "redirect:/application";
  }

  private UUID application(String token) {
    return applications
        .byToken(token)
        .orElseThrow(
            () ->
                new ResponseStatusException(
                    HttpStatus.NOT_FOUND,
                    "This link does not open an application. Check that it was copied whole, or sign up again at /apply."));
  }

  @GetMapping("/application")
  String application(Authentication auth, Model model) {
    ApplicantView view = applications.view(own(auth));
    model.addAttribute("view", view);
    return "application";
  }

  @PostMapping("/application/documents")
  String upload(
      Authentication auth,
      @RequestParam(name = "dl-front", required = false) @Nullable MultipartFile front,
      @RequestParam(name = "dl-back", required = false) @Nullable MultipartFile back,
      @RequestParam(name = "i9", required = false) @Nullable MultipartFile i9,
      Model model,
      HttpServletRequest request,
      HttpServletResponse response)
      throws IOException {
    UUID id = own(auth);
    Optional<Duration> wait = limits.upload(request.getRemoteAddr(), id);
    if (wait.isPresent()) {
      model.addAttribute("errors", List.of(tooMany(wait.get(), response)));
      return application(auth, model);
    }
    List<String> errors = new ArrayList<>();
    int stored = 0;
    Map<DocumentKind, @Nullable MultipartFile> files = new LinkedHashMap<>();
    files.put(DocumentKind.DL_FRONT, front);
    files.put(DocumentKind.DL_BACK, back);
    files.put(DocumentKind.I9, i9);
    for (var entry : files.entrySet()) {
      MultipartFile file = entry.getValue();
      String name = file == null ? null : file.getOriginalFilename();
      if (file == null || (file.isEmpty() && (name == null || name.isBlank()))) {
        continue; // no file chosen for this document
      }
      try {
        applications.upload(id, entry.getKey(), file.getInputStream());
        stored++;
      } catch (UploadRejectedException e) {
        errors.add(e.getMessage());
      }
    }
    if (errors.isEmpty() && stored == 0) {
      errors.add("Choose at least one file to upload.");
    }
    if (!errors.isEmpty()) {
      model.addAttribute("errors", errors);
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
      return application(auth, model);
    }
    return "redirect:/application";
  }

  @PostMapping("/application/submit")
  String submit(
      Authentication auth, Model model, HttpServletRequest request, HttpServletResponse response) {
    UUID id = own(auth);
    Optional<Duration> wait = limits.submit(request.getRemoteAddr(), id);
    if (wait.isPresent()) {
      model.addAttribute("errors", List.of(tooMany(wait.get(), response)));
      return application(auth, model);
    }
    try {
      applications.submit(id);
    } catch (SubmissionCapException e) {
      model.addAttribute("errors", List.of(e.getMessage()));
      response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
      return application(auth, model);
    } catch (UploadRejectedException e) {
      model.addAttribute("errors", List.of(e.getMessage()));
      response.setStatus(HttpStatus.CONFLICT.value());
      return application(auth, model);
    }
    return "redirect:/application";
  }

  private static UUID own(Authentication auth) {
    return ApplicantSignIn.application(auth)
        .orElseThrow(
            () ->
                new ResponseStatusException(
                    HttpStatus.FORBIDDEN,
                    "Sign up at /apply, or open the link you were given when you signed up."));
  }

  private static String readable(String problem) {
    String out = problem;
    for (var e : LABELS.entrySet()) {
      if (out.startsWith(e.getKey() + " ")) {
        out = e.getValue() + out.substring(e.getKey().length());
      }
    }
    return out.replace("must be a date as YYYY-MM-DD", "must be a date");
  }

  private static Map<String, String> labels() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("address.street", "Street");
    m.put("address.city", "City");
    m.put("address.state", "State");
    m.put("address.postalCode", "ZIP code");
    m.put("firstName", "First name");
    m.put("lastName", "Last name");
    m.put("dateOfBirth", "Date of birth");
    m.put("licenseState", "Licence state");
    m.put("licenseNumber", "Licence number");
    m.put("vehicleClass", "Vehicle");
    m.put("firstDayOfEmployment", "First day of work");
    return m;
  }
}
