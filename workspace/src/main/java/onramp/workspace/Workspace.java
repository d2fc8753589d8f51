package onramp.workspace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import onramp.gateway.BudgetExceededException;
import onramp.gateway.CallMetadata;
import onramp.gateway.CircuitOpenException;
import onramp.gateway.DataClass;
import onramp.gateway.GatewayException;
import onramp.gateway.MessagesCall;
import onramp.gateway.PolicyRefusedException;
import onramp.gateway.Usage;
import onramp.gateway.VendorException;
import onramp.gateway.governed.Gateway;
import onramp.gateway.masking.MaskingContext;
import onramp.gateway.masking.MaskingReceipt;
import onramp.gateway.masking.Replacement;

/**
 * Runs an employee's prompt through the gateway, in process: the conversation so far, the files and
 * the new text go out as one Messages call attributed to the employee, their team and the tool
 * {@code workspace}; CUSTOMER and RESTRICTED text is masked by the gateway (the names the text
 * introduces are told to it) and restored in the answer; every run is recorded, sealed, with what
 * was masked, what it used and what it cost.
 */
public final class Workspace {
  /** The tool name every workspace call is attributed and budgeted to. */
  public static final String TOOL = "workspace";

  static final String INSTRUCTIONS =
      "You are the writing assistant of Theoretical Ride Sharing's employees. Answer in the"
          + " language of the request unless asked otherwise. Text in square brackets such as"
          + " [PERSON_1] or [EMAIL_2] stands for personal data that was masked: keep every such"
          + " placeholder exactly as written wherever the value belongs in your answer.";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final DateTimeFormatter TITLE_DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);

  private final Supplier<Optional<Gateway>> gateway;
  private final Conversations conversations;
  private final Employees employees;
  private final Clock clock;
  private final long contextTokens;

  /**
   * @param gateway the gateway, or empty when no model vendor is configured (runs are then refused,
   *     saying so)
   * @param contextTokens how many tokens the models read, prompt and answer together
   */
  public Workspace(
      Supplier<Optional<Gateway>> gateway,
      Conversations conversations,
      Employees employees,
      Clock clock,
      long contextTokens) {
    this.gateway = gateway;
    this.conversations = conversations;
    this.employees = employees;
    this.clock = clock;
    this.contextTokens = contextTokens;
  }

  /** Whether runs can be made at all (a vendor is configured). */
  public boolean available() {
    return gateway.get().isPresent();
  }

  /** The conversations store, for history pages. */
  public Conversations conversations() {
    return conversations;
  }

  /**
   * Runs a prompt. Returns the run when an answer came (PARTIAL when the stream broke after part of
   * it: the part is kept and marked).
   *
   * @throws RunFailedException when the run was recorded but refused or failed without an answer
   * @throws WorkspaceException when it could not start (no vendor, too long, not found)
   */
  public RunResult run(Employee who, RunRequest request, RunListener listener) {
    Gateway g =
        gateway
            .get()
            .orElseThrow(
                () ->
                    new WorkspaceException(
                        WorkspaceException.Kind.VENDOR_UNAVAILABLE,
                        "No model vendor is configured on this server, so prompts cannot run."
                            + " History, templates and files still work. An administrator"
                            + " configures gateway.yaml (or ONRAMP_FAKE_VENDOR for development)."));
    employees.seen(who);
    Instant started = clock.instant();
    Conversations.Open conversation =
        conversations.open(
            who, request.conversation(), request.dataClass(), title(request, started), started);
    checkContext(request, conversation);

    UUID run = UUID.randomUUID();
    conversations.start(
        conversation, run, who, request, started, conversations.retentionDays(request.dataClass()));
    listener.started(run, conversation.id());

    MaskingReceipt receipt = new MaskingReceipt();
    List<String> names = new ArrayList<>(request.names());
    names.addAll(NameCues.in(texts(request, conversation)));
    MessagesCall call =
        new MessagesCall(
            body(request, conversation),
            CallMetadata.of(
                who.team(),
                TOOL,
                who.username(),
                request.dataClass(),
                request.template().map(t -> "workspace:" + t.id()).orElse("workspace:prompt")),
            new MaskingContext(names).reportingTo(receipt));
    StringBuilder answer = new StringBuilder();
    long startNanos = System.nanoTime();
    long[] firstToken = {-1};
    try {
      ObjectNode message =
          g.streamMessages(
              call,
              event -> {
                String text = textDelta(event);
                if (!text.isEmpty()) {
                  if (firstToken[0] < 0) {
                    firstToken[0] = (System.nanoTime() - startNanos) / 1_000_000;
                  }
                  answer.append(text);
                  listener.delta(text);
                }
              });
      Usage usage = usage(message.path("usage"));
      BigDecimal cost = g.prices().cost(request.model(), usage);
      String full = text(message);
      boolean truncated = "max_tokens".equals(message.path("stop_reason").asText());
      Optional<String> note =
          truncated
              ? Optional.of(
                  "The answer reached the longest length asked for ("
                      + request.maxTokens()
                      + " tokens) and stops there; ask to continue.")
              : Optional.empty();
      return finish(
          conversation,
          run,
          request,
          started,
          RunStatus.COMPLETE,
          full.isEmpty() ? answer.toString() : full,
          note,
          receipt.replacements(),
          usage,
          cost,
          firstToken[0]);
    } catch (RuntimeException e) {
      if (!answer.isEmpty()) {
        // whatever the vendor's code says, an answer cut off midway is an outage to retry
        WorkspaceException.Kind kind = WorkspaceException.Kind.VENDOR_UNAVAILABLE;
        String message =
            "The model vendor stopped answering midway (an outage or overload); try again.";
        RunResult partial =
            finish(
                conversation,
                run,
                request,
                started,
                RunStatus.PARTIAL,
                answer.toString(),
                Optional.of(message + " What arrived is kept, marked partial."),
                receipt.replacements(),
                Usage.NONE,
                BigDecimal.ZERO,
                firstToken[0]);
        throw new RunFailedException(kind, message, partial, e);
      }
      WorkspaceException.Kind kind = kind(e);
      String message = message(e, request, kind);
      RunStatus status =
          e instanceof PolicyRefusedException || e instanceof BudgetExceededException
              ? RunStatus.REFUSED
              : RunStatus.FAILED;
      RunResult failed =
          finish(
              conversation,
              run,
              request,
              started,
              status,
              "",
              Optional.of(message),
              receipt.replacements(),
              Usage.NONE,
              BigDecimal.ZERO,
              firstToken[0]);
      throw new RunFailedException(kind, message, failed, e);
    }
  }

  private RunResult finish(
      Conversations.Open conversation,
      UUID run,
      RunRequest request,
      Instant started,
      RunStatus status,
      String answer,
      Optional<String> error,
      List<Replacement> masked,
      Usage usage,
      BigDecimal cost,
      long firstTokenMs) {
    Optional<Long> firstToken = firstTokenMs < 0 ? Optional.empty() : Optional.of(firstTokenMs);
    conversations.finish(
        conversation, run, status, answer, error, masked, usage, cost, firstToken, clock.instant());
    return new RunResult(
        run,
        conversation.id(),
        conversation.nextSeq(),
        status,
        request.text(),
        answer,
        error,
        masked,
        usage,
        cost,
        request.model(),
        request.dataClass(),
        request.template(),
        started,
        firstToken,
        List.of());
  }

  /** Refuses, before anything is sent or recorded, a prompt longer than the model reads. */
  private void checkContext(RunRequest request, Conversations.Open conversation) {
    long bytes = utf8(request.system()) + utf8(INSTRUCTIONS);
    long images = 0;
    for (String t : texts(request, conversation)) {
      bytes += utf8(t);
    }
    for (Attachment a : request.attachments()) {
      images += a.isImage() ? 1 : 0;
    }
    for (Conversations.Turn turn : conversation.history()) {
      for (Attachment a : turn.attachments()) {
        images += a.isImage() ? 1 : 0;
      }
    }
    // about 3.5 bytes of English per token; an image is at most about 1,600 tokens once resized
    long estimate = bytes * 2 / 7 + images * 1_600;
    long room = contextTokens - request.maxTokens();
    if (estimate > room) {
      String turns =
          conversation.history().isEmpty()
              ? ""
              : " or start a new conversation (this one carries "
                  + conversation.history().size()
                  + " earlier turns the model rereads)";
      throw new WorkspaceException(
          WorkspaceException.Kind.CONTEXT_TOO_LONG,
          String.format(
              Locale.ROOT,
              "The prompt is about %,d tokens with its files%s; %s reads at most %,d, answer"
                  + " included (%,d asked for the answer). Shorten the text, attach only the pages"
                  + " you need, ask for a shorter answer%s.",
              estimate,
              conversation.history().isEmpty() ? "" : " and the earlier turns",
              request.model(),
              contextTokens,
              request.maxTokens(),
              turns));
    }
  }

  /** Every text the request sends: earlier turns, files, the new prompt. */
  private static List<String> texts(RunRequest request, Conversations.Open conversation) {
    List<String> texts = new ArrayList<>();
    for (Conversations.Turn turn : conversation.history()) {
      texts.add(turn.prompt());
      texts.add(turn.answer());
      turn.attachments().forEach(a -> texts.add(a.text()));
    }
    request.attachments().forEach(a -> texts.add(a.text()));
    texts.add(request.system());
    texts.add(request.text());
    return texts;
  }

  private static ObjectNode body(RunRequest request, Conversations.Open conversation) {
    ObjectNode body = JSON.createObjectNode();
    body.put("model", request.model());
    body.put("max_tokens", request.maxTokens());
    body.put("stream", true);
    body.put(
        "system",
        request.system().isBlank() ? INSTRUCTIONS : INSTRUCTIONS + "\n\n" + request.system());
    ArrayNode messages = body.putArray("messages");
    for (Conversations.Turn turn : conversation.history()) {
      userTurn(messages, turn.prompt(), turn.attachments());
      ObjectNode assistant = messages.addObject();
      assistant.put("role", "assistant");
      assistant.put("content", turn.answer().isEmpty() ? "(no answer)" : turn.answer());
    }
    userTurn(messages, request.text(), request.attachments());
    return body;
  }

  private static void userTurn(ArrayNode messages, String text, List<Attachment> attachments) {
    ObjectNode user = messages.addObject();
    user.put("role", "user");
    ArrayNode content = user.putArray("content");
    for (Attachment a : attachments) {
      byte[] image = a.image();
      if (image != null) {
        ObjectNode block = content.addObject();
        block.put("type", "image");
        ObjectNode source = block.putObject("source");
        source.put("type", "base64");
        source.put("media_type", a.mediaType());
        source.put("data", Base64.getEncoder().encodeToString(image));
      } else if (a.variable() == null) {
        // a template's file variable is already in the text
        content
            .addObject()
            .put("type", "text")
            .put(
                "text",
                "<document name=\""
                    + a.fileName().replace("\"", "'")
                    + "\">\n"
                    + a.text()
                    + "\n</document>");
      }
    }
    if (!text.isBlank()) {
      content.addObject().put("type", "text").put("text", text);
    }
  }

  private static String title(RunRequest request, Instant now) {
    String what = request.template().map(RunRequest.TemplateRef::name).orElse("Prompt");
    if (request.dataClass().masksBeforeSending()) {
      // titles are not sealed: no customer text in them
      return what + " · " + TITLE_DATE.format(now) + " UTC";
    }
    String first = request.text().strip().replaceAll("\\s+", " ");
    if (first.isEmpty()) {
      return what + " · " + TITLE_DATE.format(now) + " UTC";
    }
    return first.length() <= 60 ? first : first.substring(0, 57) + "…";
  }

  private static String textDelta(ObjectNode event) {
    if ("content_block_delta".equals(event.path("type").asText())) {
      JsonNode delta = event.path("delta");
      if ("text_delta".equals(delta.path("type").asText())) {
        return delta.path("text").asText("");
      }
    }
    return "";
  }

  private static String text(ObjectNode message) {
    StringBuilder out = new StringBuilder();
    for (JsonNode block : message.path("content")) {
      if ("text".equals(block.path("type").asText())) {
        out.append(block.path("text").asText(""));
      }
    }
    return out.toString();
  }

  static Usage usage(JsonNode u) {
    JsonNode creation = u.path("cache_creation");
    long write5m;
    long write1h;
    if (creation.isObject()) {
      write5m = creation.path("ephemeral_5m_input_tokens").asLong(0);
      write1h = creation.path("ephemeral_1h_input_tokens").asLong(0);
    } else {
      write5m = u.path("cache_creation_input_tokens").asLong(0);
      write1h = 0;
    }
    return new Usage(
        u.path("input_tokens").asLong(0),
        u.path("output_tokens").asLong(0),
        u.path("cache_read_input_tokens").asLong(0),
        write5m,
        write1h);
  }

  private static WorkspaceException.Kind kind(RuntimeException e) {
    return switch (e) {
      case BudgetExceededException b -> WorkspaceException.Kind.BUDGET;
      case PolicyRefusedException p -> WorkspaceException.Kind.FORBIDDEN;
      case CircuitOpenException c -> WorkspaceException.Kind.VENDOR_UNAVAILABLE;
      case VendorException v when tooLong(v) -> WorkspaceException.Kind.CONTEXT_TOO_LONG;
      case VendorException v when v.retryable() -> WorkspaceException.Kind.VENDOR_UNAVAILABLE;
      case GatewayException g -> WorkspaceException.Kind.VENDOR_FAILED;
      default -> WorkspaceException.Kind.VENDOR_FAILED;
    };
  }

  private static boolean tooLong(VendorException v) {
    String m = String.valueOf(v.getMessage()).toLowerCase(Locale.ROOT);
    return m.contains("prompt is too long") || m.contains("context") && m.contains("exceed");
  }

  private static String message(RuntimeException e, RunRequest request, WorkspaceException.Kind k) {
    return switch (k) {
      case BUDGET ->
          capitalised(
              String.valueOf(e.getMessage())
                  .replace("Lower maxTokens", "Ask for a shorter answer"));
      case FORBIDDEN ->
          String.valueOf(e.getMessage())
              + " Choose another model, or a data class the model's vendor agreement covers.";
      case CONTEXT_TOO_LONG ->
          "The prompt is longer than "
              + request.model()
              + " reads. Shorten the text, attach only the pages you need, or start a new"
              + " conversation.";
      case VENDOR_UNAVAILABLE ->
          "The model vendor is unavailable or overloaded right now; try again in a minute.";
      default ->
          "The model vendor failed to answer ("
              + (e instanceof GatewayException g ? g.code() : "internal error")
              + "); try again, and tell the platform team if it persists.";
    };
  }

  private static String capitalised(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static long utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }

  /** Data classes in order, for the pages' choice. */
  public static List<DataClass> dataClasses() {
    return List.of(DataClass.values());
  }
}
