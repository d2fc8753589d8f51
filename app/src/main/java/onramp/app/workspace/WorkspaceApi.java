package onramp.app.workspace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import onramp.app.system.config.ModelGateway;
import onramp.gateway.DataClass;
import onramp.gateway.policy.Policy;
import onramp.workspace.Attachment;
import onramp.workspace.Conversations;
import onramp.workspace.Employee;
import onramp.workspace.RunFailedException;
import onramp.workspace.RunListener;
import onramp.workspace.RunRequest;
import onramp.workspace.RunResult;
import onramp.workspace.Workspace;
import onramp.workspace.WorkspaceException;
import onramp.workspace.files.Extracted;
import onramp.workspace.files.FileText;
import onramp.workspace.files.UnreadableFileException;
import onramp.workspace.templates.OutputSections;
import onramp.workspace.templates.Rendered;
import onramp.workspace.templates.Template;
import onramp.workspace.templates.TemplateRenderer;
import onramp.workspace.templates.TemplateStore;
import onramp.workspace.templates.VariableType;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * The workspace API: runs (JSON or multipart with files; answered whole, or streamed as server-sent
 * events when the caller accepts {@code text/event-stream}), conversations (list with search, read,
 * rename, delete, export) and who the caller is. The pages use it; scripts use it with a personal
 * access token.
 */
@RestController
@RequestMapping("/api/workspace")
class WorkspaceApi {
  private static final Logger log = LoggerFactory.getLogger(WorkspaceApi.class);
  private static final int DEFAULT_MAX_TOKENS = 4096;

  private final Workspace workspace;
  private final TemplateStore templates;
  private final FileText files;
  private final ObjectProvider<ModelGateway> gateway;
  private final ObjectMapper json;

  WorkspaceApi(
      Workspace workspace,
      TemplateStore templates,
      FileText files,
      ObjectProvider<ModelGateway> gateway,
      ObjectMapper json) {
    this.workspace = workspace;
    this.templates = templates;
    this.files = files;
    this.gateway = gateway;
    this.json = json;
  }

  @GetMapping("/me")
  Map<String, Object> me(Employee who) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("username", who.username());
    m.put("team", who.team());
    m.put("displayName", who.username());
    m.put("admin", who.admin());
    List<Map<String, Object>> models = new ArrayList<>();
    if (workspace.available()) {
      Policy policy = gateway.getObject().gateway().policy();
      for (String model : policy.allowedModels()) {
        List<String> classes = new ArrayList<>();
        for (DataClass c : DataClass.values()) {
          if (policy.covers(model).contains(c)) {
            classes.add(c.name());
          }
        }
        models.add(Map.of("id", model, "dataClasses", classes));
      }
    }
    m.put("models", models);
    m.put("dataClasses", Workspace.dataClasses().stream().map(Enum::name).toList());
    m.put(
        "limits",
        Map.of("maxFileBytes", files.limits().maxBytes(), "maxPages", files.limits().maxPages()));
    m.put("vendor", workspace.available() ? "on" : "off");
    return m;
  }

  /** A run from JSON. */
  @PostMapping(path = "/runs", consumes = MediaType.APPLICATION_JSON_VALUE)
  void run(
      @RequestBody JsonNode body,
      @RequestHeader(name = HttpHeaders.ACCEPT, required = false) @Nullable String accept,
      Employee who,
      HttpServletResponse response)
      throws IOException {
    respond(prepare(who, body, Map.of(), List.of()), accept, who, response);
  }

  /**
   * A run from a form: part {@code run} (the JSON), parts {@code files}, parts {@code var.NAME}.
   */
  @PostMapping(path = "/runs", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  void runWithFiles(
      MultipartHttpServletRequest request,
      @RequestHeader(name = HttpHeaders.ACCEPT, required = false) @Nullable String accept,
      Employee who,
      HttpServletResponse response)
      throws IOException {
    String runJson = request.getParameter("run");
    MultipartFile runPart = request.getFile("run");
    if (runJson == null && runPart != null) {
      runJson = new String(runPart.getBytes(), StandardCharsets.UTF_8);
    }
    if (runJson == null) {
      throw new WorkspaceException(
          WorkspaceException.Kind.INVALID, "run: the form needs a part 'run' with the run's JSON");
    }
    JsonNode body;
    try {
      body = json.readTree(runJson);
    } catch (IOException e) {
      throw new WorkspaceException(
          WorkspaceException.Kind.INVALID,
          "run: the part 'run' is not JSON (" + e.getMessage() + ")");
    }
    Map<String, MultipartFile> variableFiles = new LinkedHashMap<>();
    List<MultipartFile> plain = new ArrayList<>();
    request
        .getMultiFileMap()
        .forEach(
            (name, parts) -> {
              if (name.startsWith("var.")) {
                parts.stream()
                    .filter(p -> !p.isEmpty())
                    .findFirst()
                    .ifPresent(p -> variableFiles.put(name.substring(4), p));
              } else if (name.equals("files")) {
                parts.stream().filter(p -> !p.isEmpty()).forEach(plain::add);
              }
            });
    respond(prepare(who, body, variableFiles, plain), accept, who, response);
  }

  @GetMapping("/conversations")
  List<Map<String, Object>> conversations(
      Employee who,
      @RequestParam(name = "q", required = false) @Nullable String q,
      @RequestParam(name = "limit", defaultValue = "50") int limit) {
    return workspace
        .conversations()
        .list(who, Optional.ofNullable(q), Math.max(1, Math.min(limit, 200)))
        .stream()
        .map(RunJson::summary)
        .toList();
  }

  @GetMapping("/conversations/{id}")
  Map<String, Object> conversation(Employee who, @PathVariable UUID id) {
    Conversations.View v = workspace.conversations().get(who, id);
    List<RunResult> named = v.runs().stream().map(r -> named(who, r)).toList();
    return RunJson.conversation(
        new Conversations.View(
            v.id(), v.title(), v.dataClass(), v.createdAt(), v.deleteAfter(), named),
        r -> sections(who, r));
  }

  @PatchMapping("/conversations/{id}")
  Map<String, Object> rename(Employee who, @PathVariable UUID id, @RequestBody JsonNode body) {
    workspace.conversations().rename(who, id, body.path("title").asText(""));
    return conversation(who, id);
  }

  @DeleteMapping("/conversations/{id}")
  ResponseEntity<Void> delete(Employee who, @PathVariable UUID id) {
    workspace.conversations().delete(who, id);
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/conversations/{id}/export")
  ResponseEntity<String> export(
      Employee who,
      @PathVariable UUID id,
      @RequestParam(name = "format", defaultValue = "markdown") String format) {
    Conversations.View v = workspace.conversations().get(who, id);
    boolean markdown = !format.equalsIgnoreCase("text");
    String text = markdown ? Exports.markdown(v) : Exports.text(v);
    String name = Exports.fileName(v, markdown ? "md" : "txt");
    return ResponseEntity.ok()
        .contentType(new MediaType("text", markdown ? "markdown" : "plain", StandardCharsets.UTF_8))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(name, StandardCharsets.UTF_8)
                .build()
                .toString())
        .body(text);
  }

  /** A run ready to go: template rendered, files read, defaults applied. */
  private record Prepared(RunRequest request, Optional<Template> template) {}

  private Prepared prepare(
      Employee who,
      JsonNode body,
      Map<String, MultipartFile> variableFiles,
      List<MultipartFile> plainFiles) {
    String text = body.path("text").asText("");
    String model = body.path("model").asText("");
    Optional<Template> template = Optional.empty();
    String system = "";
    Optional<RunRequest.TemplateRef> ref = Optional.empty();
    List<Attachment> attachments = new ArrayList<>();
    String templateId = body.path("template").asText("");
    if (!templateId.isBlank()) {
      Template t =
          (body.path("templateVersion").canConvertToInt()
                  ? templates.get(who, templateId, body.path("templateVersion").asInt())
                  : templates.get(who, templateId))
              .orElseThrow(
                  () ->
                      new WorkspaceException(
                          WorkspaceException.Kind.NOT_FOUND,
                          "template " + templateId + " not found (or not shared with your team)"));
      Map<String, String> values = new LinkedHashMap<>();
      body.path("variables")
          .properties()
          .forEach(e -> values.put(e.getKey(), e.getValue().asText()));
      for (Map.Entry<String, MultipartFile> f : variableFiles.entrySet()) {
        boolean isFileVariable =
            t.variable(f.getKey()).map(v -> v.type() == VariableType.FILE).orElse(false);
        if (!isFileVariable) {
          throw new WorkspaceException(
              WorkspaceException.Kind.INVALID,
              "var." + f.getKey() + ": template " + t.id() + " has no file variable of that name");
        }
        Extracted read = read(f.getValue());
        if (read.isImage()) {
          throw new WorkspaceException(
              WorkspaceException.Kind.INVALID,
              read.fileName()
                  + ": "
                  + f.getKey()
                  + " needs a document with text; attach images as files instead");
        }
        values.put(f.getKey(), read.text());
        attachments.add(attachment(read, f.getKey()));
      }
      Rendered rendered = TemplateRenderer.render(t, values);
      system = rendered.system();
      text = text.isBlank() ? rendered.text() : rendered.text() + "\n\n" + text;
      ref = Optional.of(new RunRequest.TemplateRef(t.id(), t.version(), t.name()));
      template = Optional.of(t);
    }
    for (MultipartFile f : plainFiles) {
      attachments.add(attachment(read(f), null));
    }
    DataClass dataClass =
        body.hasNonNull("dataClass")
            ? dataClass(body.path("dataClass").asText())
            : template.map(Template::defaultDataClass).orElse(DataClass.CUSTOMER);
    List<String> names = new ArrayList<>();
    body.path("names").forEach(n -> names.add(n.asText()));
    Optional<UUID> conversation =
        body.hasNonNull("conversation")
            ? Optional.of(uuid(body.path("conversation").asText()))
            : Optional.empty();
    int maxTokens = body.path("maxTokens").asInt(DEFAULT_MAX_TOKENS);
    return new Prepared(
        new RunRequest(
            text,
            system,
            ref,
            dataClass,
            model,
            conversation,
            names.stream().filter(n -> !n.isBlank()).toList(),
            attachments,
            maxTokens),
        template);
  }

  private Extracted read(MultipartFile f) {
    String name = f.getOriginalFilename() == null ? "upload" : f.getOriginalFilename();
    try {
      return files.extract(name, f.getContentType(), f.getBytes());
    } catch (IOException e) {
      throw new WorkspaceException(
          WorkspaceException.Kind.INVALID, name + ": the upload could not be read; send it again");
    }
  }

  private static Attachment attachment(Extracted e, @Nullable String variable) {
    return new Attachment(
        e.fileName(), e.mediaType(), e.text(), e.pages(), e.sizeBytes(), e.image(), variable);
  }

  private void respond(
      Prepared prepared, @Nullable String accept, Employee who, HttpServletResponse response)
      throws IOException {
    boolean stream = accept != null && accept.contains(MediaType.TEXT_EVENT_STREAM_VALUE);
    if (!stream) {
      RunResult run = workspace.run(who, prepared.request(), RunListener.NONE);
      write(
          response,
          200,
          MediaType.APPLICATION_JSON_VALUE,
          json.writeValueAsBytes(body(run, prepared)));
      return;
    }
    response.setStatus(200);
    response.setContentType(MediaType.TEXT_EVENT_STREAM_VALUE + ";charset=UTF-8");
    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
    response.setHeader("X-Accel-Buffering", "no");
    OutputStream out = response.getOutputStream();
    try {
      RunResult run =
          workspace.run(
              who,
              prepared.request(),
              new RunListener() {
                @Override
                public void started(UUID run, UUID conversation) {
                  event(out, "start", Map.of("id", run, "conversation", conversation));
                }

                @Override
                public void delta(String text) {
                  event(out, "delta", Map.of("text", text));
                }
              });
      event(out, "done", body(run, prepared));
    } catch (RunFailedException e) {
      Map<String, Object> error = new LinkedHashMap<>(body(e.run(), prepared));
      error.put("message", e.getMessage());
      error.put("type", type(e.kind()));
      event(out, "error", error);
    } catch (WorkspaceException e) {
      event(
          out,
          "error",
          Map.of("status", "REFUSED", "type", type(e.kind()), "message", e.getMessage()));
    } catch (UncheckedIOException e) {
      log.info("workspace stream: the client left before the answer ended");
    }
  }

  private Map<String, Object> body(RunResult run, Prepared prepared) {
    return RunJson.run(
        run,
        prepared
            .template()
            .map(t -> OutputSections.split(t.outputs(), run.answer()).sections())
            .orElse(Map.of()));
  }

  /** The run with its template's name, as the employee may see the template now. */
  private RunResult named(Employee who, RunResult r) {
    return r.withTemplate(
        r.template()
            .map(
                t ->
                    templates
                        .get(who, t.id(), t.version())
                        .map(found -> new RunRequest.TemplateRef(t.id(), t.version(), found.name()))
                        .orElse(t)));
  }

  private Map<String, String> sections(Employee who, RunResult r) {
    return r.template()
        .flatMap(t -> templates.get(who, t.id(), t.version()))
        .map(t -> OutputSections.split(t.outputs(), r.answer()).sections())
        .orElse(Map.of());
  }

  private void event(OutputStream out, String name, Object data) {
    try {
      out.write(("event: " + name + "\ndata: ").getBytes(StandardCharsets.UTF_8));
      out.write(json.writeValueAsBytes(data));
      out.write("\n\n".getBytes(StandardCharsets.UTF_8));
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(HttpServletResponse response, int status, String type, byte[] body)
      throws IOException {
    response.setStatus(status);
    response.setContentType(type);
    response.getOutputStream().write(body);
  }

  private static DataClass dataClass(String value) {
    try {
      return DataClass.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new WorkspaceException(
          WorkspaceException.Kind.INVALID,
          "dataClass: '" + value + "' is not one of PUBLIC, INTERNAL, CUSTOMER, RESTRICTED");
    }
  }

  private static UUID uuid(String value) {
    try {
      return UUID.fromString(value);
    } catch (IllegalArgumentException e) {
      throw new WorkspaceException(
          WorkspaceException.Kind.INVALID,
          "conversation: '" + value + "' is not a conversation id");
    }
  }

  // --- errors, in the workspace's shape ---

  @ExceptionHandler(RunFailedException.class)
  ResponseEntity<Map<String, Object>> failed(RunFailedException e) {
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("type", type(e.kind()));
    error.put("message", e.getMessage());
    error.put("run", RunJson.run(e.run(), Map.of()));
    return ResponseEntity.status(status(e.kind())).body(Map.of("error", error));
  }

  @ExceptionHandler(WorkspaceException.class)
  ResponseEntity<Map<String, Object>> refused(WorkspaceException e) {
    return ResponseEntity.status(status(e.kind()))
        .body(Map.of("error", Map.of("type", type(e.kind()), "message", e.getMessage())));
  }

  @ExceptionHandler(UnreadableFileException.class)
  ResponseEntity<Map<String, Object>> unreadable(UnreadableFileException e) {
    HttpStatus status =
        switch (e.problem()) {
          case TOO_LARGE -> HttpStatus.PAYLOAD_TOO_LARGE;
          case UNSUPPORTED -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
          default -> HttpStatus.UNPROCESSABLE_ENTITY;
        };
    return ResponseEntity.status(status)
        .body(
            Map.of(
                "error",
                Map.of(
                    "type", "unreadable_file",
                    "message", e.getMessage(),
                    "file", e.fileName())));
  }

  @ExceptionHandler(onramp.workspace.templates.TemplateException.class)
  ResponseEntity<Map<String, Object>> template(onramp.workspace.templates.TemplateException e) {
    return ResponseEntity.status(HttpStatus.UNPROCESSABLE_ENTITY)
        .body(Map.of("error", Map.of("type", "invalid_variables", "message", e.getMessage())));
  }

  static HttpStatus status(WorkspaceException.Kind kind) {
    return switch (kind) {
      case INVALID -> HttpStatus.BAD_REQUEST;
      case NOT_FOUND -> HttpStatus.NOT_FOUND;
      case FORBIDDEN -> HttpStatus.FORBIDDEN;
      case TOO_LARGE -> HttpStatus.PAYLOAD_TOO_LARGE;
      case CONTEXT_TOO_LONG -> HttpStatus.UNPROCESSABLE_ENTITY;
      case BUDGET -> HttpStatus.TOO_MANY_REQUESTS;
      case VENDOR_UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
      case VENDOR_FAILED -> HttpStatus.BAD_GATEWAY;
    };
  }

  static String type(WorkspaceException.Kind kind) {
    return kind.name().toLowerCase(Locale.ROOT);
  }
}
