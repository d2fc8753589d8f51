package onramp.app.workspace.templates;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.UUID;
import onramp.workspace.Employee;
import onramp.workspace.templates.TemplateException;
import onramp.workspace.templates.TemplateStore;
import onramp.workspace.templates.TemplateStoreException;
import onramp.workspace.templates.TemplateVersion;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/workspace/templates}: the template library for the signed-in employee. The {@link
 * Employee} parameter is the signed-in employee, resolved by the workspace's argument resolver
 * (never bound from the request). Refusals are {@code {"error":{"type","message","problems"}}} with
 * 422 (invalid, each problem naming its field or variable), 403, 404 or 409.
 */
@RestController
@RequestMapping("/api/workspace/templates")
class TemplatesApi {
  private static final Logger log = LoggerFactory.getLogger(TemplatesApi.class);

  private final TemplateStore store;

  TemplatesApi(TemplateStore store) {
    this.store = store;
  }

  /** The newest version of every template the employee sees, by name. */
  @GetMapping
  List<TemplateView> list(Employee employee) {
    return store.visibleTo(employee).stream()
        .map(t -> TemplateView.of(t, employee.admin() || t.ownerTeam().equals(employee.team())))
        .toList();
  }

  /** The newest version, or {@code ?version=N}. */
  @GetMapping("/{id}")
  TemplateView get(
      @PathVariable String id,
      @RequestParam(required = false) @Nullable Integer version,
      Employee employee) {
    return TemplateView.of(
        (version == null ? store.get(employee, id) : store.get(employee, id, version))
            .orElseThrow(
                () ->
                    new TemplateException.NotFound(
                        version == null
                            ? "There is no template '" + id + "' that you can see."
                            : "Template '"
                                + id
                                + "' has no version "
                                + version
                                + " that you can see; GET /api/workspace/templates/"
                                + id
                                + "/versions lists them.")),
        store.mayChange(employee, id));
  }

  /** The history, newest first. */
  @GetMapping("/{id}/versions")
  List<TemplateVersion> versions(@PathVariable String id, Employee employee) {
    return store.versions(employee, id);
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  TemplateView create(@RequestBody TemplateForm form, Employee employee) {
    if (form.id() == null || form.id().isBlank()) {
      throw new TemplateException.Invalid(
          "The template cannot be saved",
          List.of(
              new TemplateException.Problem(
                  "id",
                  "id is required, e.g. \"refund-reply\" (lower case, words joined by '-')")));
    }
    return TemplateView.of(store.create(employee, form.id().strip(), form.draft()), true);
  }

  /** A new version; {@code baseVersion} in the body guards against overwriting a newer one. */
  @PutMapping("/{id}")
  TemplateView newVersion(
      @PathVariable String id, @RequestBody TemplateForm form, Employee employee) {
    if (form.id() != null && !form.id().isBlank() && !form.id().strip().equals(id)) {
      throw new TemplateException.Invalid(
          "The template cannot be saved",
          List.of(
              new TemplateException.Problem(
                  "id",
                  "the body's id '"
                      + form.id()
                      + "' is not the id in the path '"
                      + id
                      + "'; a template's id cannot change")));
    }
    OptionalInt base =
        form.baseVersion() == null ? OptionalInt.empty() : OptionalInt.of(form.baseVersion());
    return TemplateView.of(
        store.newVersion(employee, id, form.draft(), base), store.mayChange(employee, id));
  }

  // --- errors ---

  @ExceptionHandler(TemplateException.class)
  ResponseEntity<Map<String, Object>> refused(TemplateException e) {
    return switch (e) {
      case TemplateException.Invalid invalid ->
          error(
              HttpStatus.UNPROCESSABLE_ENTITY,
              "invalid_template",
              e.getMessage(),
              invalid.problems().stream()
                  .map(p -> Map.of("field", p.field(), "message", p.message()))
                  .toList());
      case TemplateException.NotFound notFound ->
          error(HttpStatus.NOT_FOUND, "not_found", notFound.getMessage(), null);
      case TemplateException.Forbidden forbidden ->
          error(HttpStatus.FORBIDDEN, "forbidden", forbidden.getMessage(), null);
      case TemplateException.Conflict conflict ->
          error(HttpStatus.CONFLICT, "conflict", conflict.getMessage(), null);
    };
  }

  @ExceptionHandler(TemplateStoreException.class)
  ResponseEntity<Map<String, Object>> unavailable(TemplateStoreException e) {
    String reference = UUID.randomUUID().toString().substring(0, 8);
    // The database's message may quote stored values: only its kind goes to the log.
    Throwable cause = e.getCause();
    log.error(
        "Template library database failure, reference {} ({})",
        reference,
        cause == null ? "no cause" : cause.getClass().getSimpleName());
    return error(
        HttpStatus.SERVICE_UNAVAILABLE,
        "unavailable",
        "The template library cannot reach its database. Try again in a minute (reference "
            + reference
            + ").",
        null);
  }

  private static ResponseEntity<Map<String, Object>> error(
      HttpStatus status,
      String type,
      String message,
      @Nullable List<Map<String, String>> problems) {
    Map<String, Object> error =
        problems == null
            ? Map.of("type", type, "message", message)
            : Map.of("type", type, "message", message, "problems", problems);
    return ResponseEntity.status(status).body(Map.of("error", error));
  }
}
