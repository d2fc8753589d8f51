package onramp.gateway.governed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import onramp.gateway.CallMetadata;
import onramp.gateway.ChatModel;
import onramp.gateway.Delta;
import onramp.gateway.GatewayException;
import onramp.gateway.InvalidOutputException;
import onramp.gateway.MessagesCall;
import onramp.gateway.MessagesReply;
import onramp.gateway.ModelAdapter;
import onramp.gateway.ModelRequest;
import onramp.gateway.ModelResponse;
import onramp.gateway.OutputSchema;
import onramp.gateway.PolicyRefusedException;
import onramp.gateway.StreamDeliveryException;
import onramp.gateway.Usage;
import onramp.gateway.Vendor;
import onramp.gateway.VendorException;
import onramp.gateway.audit.AuditLog;
import onramp.gateway.audit.AuditRecord;
import onramp.gateway.audit.Outcome;
import onramp.gateway.budget.Budgets;
import onramp.gateway.budget.Reservation;
import onramp.gateway.masking.EntityType;
import onramp.gateway.masking.MaskingContext;
import onramp.gateway.masking.MaskingSession;
import onramp.gateway.masking.PersonalDataMasker;
import onramp.gateway.metering.PriceTable;
import onramp.gateway.metering.TokenBound;
import onramp.gateway.policy.ModelRoute;
import onramp.gateway.policy.Policy;
import onramp.gateway.resilience.Resilience;
import onramp.gateway.schema.SchemaValidator;

/**
 * The governed way to call a model. For every call, once for all vendors: policy check, budget
 * reservation, masking of every text block, the vendor call with retries and circuit breaker,
 * validation of typed output, unmasking of the answer, metering, budget settlement and an audit
 * record. A call that fails is audited and thrown, never dropped.
 *
 * <p>Two request shapes share that path: the vendor-neutral {@link ModelRequest} of in-process
 * callers, and the Anthropic Messages wire ({@link MessagesCall}) of the gateway service, passed
 * through to Anthropic-family vendors with tools, images and cache control intact.
 */
public final class Gateway implements ChatModel, AutoCloseable {
  private static final int PROMPT_AUDIT_CHARS = 4000;

  private final Supplier<Policy> policy;
  private final PriceTable prices;
  private final Budgets budgets;
  private final AuditLog audit;
  private final PersonalDataMasker masker;
  private final Resilience resilience;
  private final Clock clock;
  private final Map<Vendor, ModelAdapter> adapters;

  static Gateway create(GatewayBuilder b) {
    return new Gateway(b);
  }

  private Gateway(GatewayBuilder b) {
    this.policy = b.policy;
    this.prices = b.prices;
    this.budgets = b.budgetsOrDefault();
    this.audit = b.audit;
    this.masker = b.masker;
    this.resilience = b.resilience;
    this.clock = b.clock;
    Map<Vendor, ModelAdapter> byVendor = new HashMap<>();
    b.adapters.forEach(a -> byVendor.put(a.vendor(), a));
    this.adapters = Map.copyOf(byVendor);
  }

  public static GatewayBuilder builder(
      Policy policy, PriceTable prices, PersonalDataMasker masker) {
    return new GatewayBuilder(policy, prices, masker);
  }

  @Override
  public ModelResponse call(ModelRequest request) {
    return execute(request.metadata(), request.model(), new Canonical(request, Optional.empty()));
  }

  /**
   * Streams the answer with the same governance as {@link #call}: text deltas arrive unmasked, then
   * {@link Delta.Done} with the whole response. A failure before the first delta is retried; after
   * it, it is thrown (the caller has already shown part of an answer).
   */
  @Override
  public void stream(ModelRequest request, Consumer<Delta> sink) {
    ModelResponse answer =
        execute(request.metadata(), request.model(), new Canonical(request, Optional.of(sink)));
    sink.accept(new Delta.Done(answer));
  }

  /**
   * A Messages API call passed through: the answer JSON as the vendor sent it, text unmasked and
   * {@code model} named as the caller named it.
   */
  public ObjectNode messages(MessagesCall call) {
    return execute(call.metadata(), call.model(), new Wire(call, Optional.empty()));
  }

  /**
   * A streamed Messages API call passed through: every event as the vendor sent it, in order, text
   * deltas unmasked (a placeholder split across deltas is held back until it is whole). Returns the
   * message the events add up to. When {@code events} throws (the client went away), the vendor
   * call is cancelled, the call is charged its reservation (the worst case: what the vendor had
   * produced is unknown), audited as {@code CLIENT_DISCONNECTED}, and the exception is rethrown.
   */
  public ObjectNode streamMessages(MessagesCall call, Consumer<ObjectNode> events) {
    return execute(call.metadata(), call.model(), new Wire(call, Optional.of(events)));
  }

  /**
   * The vendor's count of the call's input tokens (text masked first, as it would be sent). Free:
   * nothing is reserved or charged, but the call is admitted by policy and audited.
   */
  public TokenCount countTokens(MessagesCall call) {
    return execute(call.metadata(), call.model(), new Count(call));
  }

  /**
   * Input tokens of a request.
   *
   * @param exact the vendor counted them; false: the gateway's upper bound (the vendor cannot
   *     count), the figure budgets are reserved by
   */
  public record TokenCount(long tokens, boolean exact) {}

  /** The effective policy now (allowlist and exceptions may change while the gateway runs). */
  public Policy policy() {
    return policy.get();
  }

  /** The gateway's prices, for cost previews and usage reports. */
  public PriceTable prices() {
    return prices;
  }

  private <R> R execute(CallMetadata meta, String model, Exchange<R> exchange) {
    Trace trace = new Trace(meta, model, System.nanoTime());
    R answer;
    try {
      answer = governedCall(trace, exchange);
    } catch (RuntimeException e) {
      trace.failure = Optional.of(e);
      // the original failure is what the caller must see; bookkeeping failures ride along.
      // Every attempt the vendor answered is charged its usage; an attempt whose answer was lost
      // (the client left mid-stream, a timeout, a dropped or unreadable answer) its worst case.
      try {
        settle(trace);
      } catch (RuntimeException settleFailure) {
        e.addSuppressed(settleFailure);
      }
      appendAudit(trace, e);
      throw e;
    }
    audit.append(trace.record(clock, policy.get()));
    return answer;
  }

  private void appendAudit(Trace trace, RuntimeException failure) {
    try {
      audit.append(trace.record(clock, policy.get()));
    } catch (RuntimeException auditFailure) {
      failure.addSuppressed(auditFailure);
    }
  }

  private <R> R governedCall(Trace trace, Exchange<R> exchange) {
    Policy now = policy.get();
    ModelRoute route = now.admit(trace.model, trace.meta, clock.instant());
    ModelAdapter adapter = adapters.get(route.vendor());
    if (adapter == null) {
      throw new PolicyRefusedException(
          PolicyRefusedException.Reason.VENDOR_NOT_CONFIGURED,
          "model "
              + route.model()
              + " is served by "
              + route.vendor()
              + ", which has no adapter configured (credentials or endpoint missing); "
              + "configure it or choose another model");
    }
    BigDecimal worstCase =
        exchange.free()
            ? BigDecimal.ZERO
            : prices.worstCase(route.model(), exchange.inputBound(), exchange.maxTokens());
    trace.reservation = Optional.of(budgets.reserve(trace.meta, worstCase));
    trace.pricedModel = route.model();
    MaskingSession session;
    if (trace.meta.dataClass().masksBeforeSending()) {
      session = masker.open(exchange.masking());
    } else {
      // sent untouched; the audit trail still gets a masked copy of the prompt
      session = MaskingSession.passThrough();
      trace.auditMask = text -> masker.open(exchange.masking()).mask(text);
    }
    trace.session = Optional.of(session);
    R answer;
    try {
      answer = exchange.run(adapter, route, session, trace);
    } finally {
      exchange.masking().report(session);
    }
    settle(trace);
    return answer;
  }

  /** One request shape on the governed path: what to reserve, and the masked vendor call. */
  private interface Exchange<R> {
    long inputBound();

    int maxTokens();

    MaskingContext masking();

    default boolean free() {
      return false;
    }

    /** Masks, calls the vendor (with retries), records usage in the trace, unmasks. */
    R run(ModelAdapter adapter, ModelRoute route, MaskingSession session, Trace trace);
  }

  /** The vendor-neutral request of in-process callers. */
  private final class Canonical implements Exchange<ModelResponse> {
    private final ModelRequest request;
    private final Optional<Consumer<Delta>> sink;

    Canonical(ModelRequest request, Optional<Consumer<Delta>> sink) {
      this.request = request;
      this.sink = sink;
    }

    @Override
    public long inputBound() {
      return TokenBound.of(request);
    }

    @Override
    public int maxTokens() {
      return request.maxTokens();
    }

    @Override
    public MaskingContext masking() {
      return request.masking();
    }

    @Override
    public ModelResponse run(
        ModelAdapter adapter, ModelRoute route, MaskingSession session, Trace trace) {
      ModelRequest outbound = request.mapText(session::mask).withModel(route.vendorModelId());
      trace.prompt = Optional.of(() -> promptText(outbound));
      ModelResponse raw =
          sink.isEmpty()
              ? resilience.call(
                  route.vendor(),
                  () ->
                      validated(
                          attempt(trace, () -> adapter.doCall(outbound), ModelResponse::usage),
                          request),
                  n -> trace.attempts = n)
              : streamed(adapter, outbound, new StreamingUnmasker(session, sink.get()), trace);
      trace.vendorRequestId = Optional.of(raw.vendorRequestId());
      return raw.withText(session.unmask(raw.text()))
          .withOutput(raw.output().map(o -> Unmasking.json(o, session)));
    }

    private ModelResponse streamed(
        ModelAdapter adapter, ModelRequest outbound, StreamingUnmasker out, Trace trace) {
      ModelResponse raw =
          resilience.call(
              adapter.vendor(),
              () ->
                  validated(
                      attempt(
                          trace,
                          () -> {
                            AtomicReference<ModelResponse> done = new AtomicReference<>();
                            adapter.doStream(
                                outbound,
                                d -> {
                                  switch (d) {
                                    case Delta.TextDelta t -> out.text(t.text());
                                    case Delta.Done end -> done.set(end.response());
                                  }
                                });
                            ModelResponse whole = done.get();
                            if (whole == null) {
                              throw VendorException.malformed(
                                  adapter.vendor(),
                                  "the stream ended without a final message",
                                  new IllegalStateException());
                            }
                            return whole;
                          },
                          ModelResponse::usage),
                      request),
              n -> trace.attempts = n,
              () -> !out.emittedAny());
      out.flush();
      return raw;
    }

    private static String promptText(ModelRequest r) {
      StringBuilder sb = new StringBuilder();
      r.system().ifPresent(s -> sb.append("[system] ").append(s).append('\n'));
      r.messages()
          .forEach(m -> sb.append('[').append(m.role()).append("] ").append(m.text()).append('\n'));
      return sb.length() > PROMPT_AUDIT_CHARS ? sb.substring(0, PROMPT_AUDIT_CHARS) : sb.toString();
    }
  }

  /** The Anthropic Messages wire of the gateway service, passed through. */
  private final class Wire implements Exchange<ObjectNode> {
    private final MessagesCall call;
    private final Optional<Consumer<ObjectNode>> events;

    Wire(MessagesCall call, Optional<Consumer<ObjectNode>> events) {
      this.call = call;
      this.events = events;
    }

    @Override
    public long inputBound() {
      return TokenBound.ofMessages(call.body());
    }

    @Override
    public int maxTokens() {
      return call.maxTokens();
    }

    @Override
    public MaskingContext masking() {
      return call.masking();
    }

    @Override
    public ObjectNode run(
        ModelAdapter adapter, ModelRoute route, MaskingSession session, Trace trace) {
      ObjectNode outbound = MessagesText.request(call.body(), session::mask);
      outbound.put("model", route.vendorModelId());
      trace.prompt = Optional.of(() -> MessagesText.prompt(outbound, PROMPT_AUDIT_CHARS));
      call.masking().report(session); // before the vendor answers: a streaming caller may show it
      MessagesReply reply;
      if (events.isEmpty()) {
        outbound.remove("stream");
        reply =
            resilience.call(
                route.vendor(),
                () -> attempt(trace, () -> adapter.doMessages(outbound), MessagesReply::usage),
                n -> trace.attempts = n);
      } else {
        outbound.put("stream", true);
        MessagesStreamUnmasker out =
            new MessagesStreamUnmasker(session, call.model(), delivering(events.get()));
        reply =
            resilience.call(
                route.vendor(),
                () ->
                    attempt(
                        trace,
                        () -> adapter.doMessagesStream(outbound, out::event),
                        MessagesReply::usage),
                n -> trace.attempts = n,
                () -> !out.emittedAny());
      }
      trace.vendorRequestId = Optional.of(reply.vendorRequestId());
      ObjectNode answer = MessagesText.answer(reply.message(), session::unmask);
      answer.put("model", call.model());
      return answer;
    }
  }

  /** {@code count_tokens}: masked like a call, free, audited. */
  private final class Count implements Exchange<TokenCount> {
    private final MessagesCall call;

    Count(MessagesCall call) {
      this.call = call;
    }

    @Override
    public long inputBound() {
      return 0;
    }

    @Override
    public int maxTokens() {
      return 0;
    }

    @Override
    public MaskingContext masking() {
      return call.masking();
    }

    @Override
    public boolean free() {
      return true;
    }

    @Override
    public TokenCount run(
        ModelAdapter adapter, ModelRoute route, MaskingSession session, Trace trace) {
      ObjectNode outbound = MessagesText.request(call.body(), session::mask);
      outbound.put("model", route.vendorModelId());
      outbound.remove("stream");
      outbound.remove("max_tokens");
      java.util.OptionalLong counted =
          resilience.call(
              route.vendor(), () -> adapter.doCountTokens(outbound), n -> trace.attempts = n);
      return counted.isPresent()
          ? new TokenCount(counted.getAsLong(), true)
          : new TokenCount(TokenBound.ofMessages(outbound), false);
    }
  }

  /** Marks failures of the caller's event sink, so they are told apart from the vendor's. */
  private static Consumer<ObjectNode> delivering(Consumer<ObjectNode> sink) {
    return event -> {
      try {
        sink.accept(event);
      } catch (StreamDeliveryException e) {
        throw e;
      } catch (RuntimeException e) {
        throw new StreamDeliveryException(e);
      }
    };
  }

  private static ModelResponse validated(ModelResponse response, ModelRequest request) {
    if (request.output().isEmpty()) {
      return response;
    }
    OutputSchema schema = request.output().get();
    JsonNode output =
        response
            .output()
            .orElseThrow(
                () -> new InvalidOutputException(schema.name(), List.of("$: no typed output")));
    List<String> violations = SchemaValidator.violations(schema.schema(), output);
    if (!violations.isEmpty()) {
      throw new InvalidOutputException(schema.name(), violations);
    }
    return response;
  }

  /**
   * One vendor attempt: its usage is added to the call's (every attempt the vendor answered is
   * billed, even one whose answer is then rejected and retried); an attempt whose answer was lost
   * is counted, to be charged at the worst case.
   */
  private static <T> T attempt(
      Trace trace, Supplier<T> call, java.util.function.Function<T, Usage> usageOf) {
    T answer;
    try {
      answer = call.get();
    } catch (RuntimeException e) {
      if (answerMayBeLost(e)) {
        trace.lostAttempts++;
      }
      throw e;
    }
    trace.usage = trace.usage.plus(usageOf.apply(answer));
    return answer;
  }

  /**
   * Whether the vendor may have answered (and billed) an attempt that failed: everything but an
   * error status the vendor returned instead of an answer (refused, rate limited, overloaded).
   */
  private static boolean answerMayBeLost(RuntimeException e) {
    return switch (e) {
      case VendorException v ->
          switch (v.kind()) {
            case TIMEOUT, NETWORK, MALFORMED_RESPONSE -> v.status() != 408;
            default -> false;
          };
      case GatewayException g -> false;
      default -> true; // the client left mid-stream, or the answer could not be handled
    };
  }

  /**
   * Settles the call's reservation: the metered cost of the usage of every answered attempt, plus
   * the worst case (the reservation) of every attempt whose answer was lost, marked estimated.
   */
  private void settle(Trace trace) {
    if (trace.reservation.isEmpty()) {
      return;
    }
    Reservation r = trace.reservation.get();
    trace.reservation = Optional.empty();
    BigDecimal estimated = r.amount().multiply(BigDecimal.valueOf(trace.lostAttempts));
    BigDecimal metered =
        trace.usage.equals(Usage.NONE)
            ? BigDecimal.ZERO
            : prices.cost(trace.pricedModel, trace.usage);
    trace.cost = metered.add(estimated);
    trace.costEstimated = trace.lostAttempts > 0;
    budgets.settle(r, trace.cost, estimated);
  }

  /**
   * Whether a model can be called at all: it is configured and its vendor has an adapter. Callers
   * use it to report a model-backed step as off instead of failing (policy still applies per call).
   */
  public boolean isAvailable(String model) {
    return policy.get().route(model).map(r -> adapters.containsKey(r.vendor())).orElse(false);
  }

  /** Closes the adapters (their HTTP clients). */
  @Override
  public void close() {
    adapters.values().forEach(ModelAdapter::close);
  }

  /** The state of a vendor's circuit breaker, for health pages. */
  public String breakerState(Vendor vendor) {
    return resilience.state(vendor).name();
  }

  /** What happened during one call, gathered for its audit record. */
  private static final class Trace {
    final CallMetadata meta;
    final String model;

    /** The model the vendor was asked for, once routed: what usage is priced by. */
    String pricedModel = "";

    final long startNanos;
    int lostAttempts;
    boolean costEstimated;
    final UUID callId = UUID.randomUUID();
    Optional<Reservation> reservation = Optional.empty();
    Optional<MaskingSession> session = Optional.empty();
    Optional<Supplier<String>> prompt = Optional.empty();
    UnaryOperator<String> auditMask = UnaryOperator.identity();
    int attempts;
    Usage usage = Usage.NONE;
    BigDecimal cost = BigDecimal.ZERO;
    Optional<String> vendorRequestId = Optional.empty();
    Optional<RuntimeException> failure = Optional.empty();

    Trace(CallMetadata meta, String model, long startNanos) {
      this.meta = meta;
      this.model = model;
      this.startNanos = startNanos;
    }

    AuditRecord record(Clock clock, Policy policy) {
      Outcome outcome =
          failure.isEmpty() ? Outcome.OK : attempts == 0 ? Outcome.REFUSED : Outcome.FAILED;
      Optional<String> code =
          failure.map(
              e ->
                  switch (e) {
                    case GatewayException g -> g.code();
                    case StreamDeliveryException d -> "CLIENT_DISCONNECTED";
                    default -> "INTERNAL_ERROR";
                  });
      Optional<String> auditedPrompt =
          meta.dataClass().promptMayBeAudited()
              ? prompt.map(p -> auditMask.apply(p.get()))
              : Optional.empty();
      Map<EntityType, Integer> masked = session.map(MaskingSession::counts).orElse(Map.of());
      return new AuditRecord(
          callId,
          clock.instant(),
          meta,
          policy.route(model).map(r -> r.vendor().id()),
          model,
          usage,
          cost,
          Duration.ofNanos(System.nanoTime() - startNanos),
          attempts,
          outcome,
          code,
          vendorRequestId,
          masked,
          auditedPrompt,
          costEstimated);
    }
  }
}
