package onramp.gateway.governed;

import com.fasterxml.jackson.databind.JsonNode;
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
import onramp.gateway.CallMetadata;
import onramp.gateway.ChatModel;
import onramp.gateway.Delta;
import onramp.gateway.GatewayException;
import onramp.gateway.InvalidOutputException;
import onramp.gateway.ModelAdapter;
import onramp.gateway.ModelRequest;
import onramp.gateway.ModelResponse;
import onramp.gateway.OutputSchema;
import onramp.gateway.PolicyRefusedException;
import onramp.gateway.Usage;
import onramp.gateway.Vendor;
import onramp.gateway.VendorException;
import onramp.gateway.audit.AuditLog;
import onramp.gateway.audit.AuditRecord;
import onramp.gateway.audit.Outcome;
import onramp.gateway.budget.Budgets;
import onramp.gateway.budget.Reservation;
import onramp.gateway.masking.EntityType;
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
 */
public final class Gateway implements ChatModel, AutoCloseable {
  private static final int PROMPT_AUDIT_CHARS = 4000;

  private final Policy policy;
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
    return execute(request, Optional.empty());
  }

  /**
   * Streams the answer with the same governance as {@link #call}: text deltas arrive unmasked, then
   * {@link Delta.Done} with the whole response. A failure before the first delta is retried; after
   * it, it is thrown (the caller has already shown part of an answer).
   */
  @Override
  public void stream(ModelRequest request, Consumer<Delta> sink) {
    ModelResponse answer = execute(request, Optional.of(sink));
    sink.accept(new Delta.Done(answer));
  }

  private ModelResponse execute(ModelRequest request, Optional<Consumer<Delta>> sink) {
    Trace trace = new Trace(request, System.nanoTime());
    ModelResponse answer;
    try {
      answer = governedCall(request, trace, sink);
    } catch (RuntimeException e) {
      trace.failure = Optional.of(e);
      // the original failure is what the caller must see; bookkeeping failures ride along
      try {
        release(trace);
      } catch (RuntimeException releaseFailure) {
        e.addSuppressed(releaseFailure);
      }
      try {
        audit.append(trace.record(clock, policy));
      } catch (RuntimeException auditFailure) {
        e.addSuppressed(auditFailure);
      }
      throw e;
    }
    audit.append(trace.record(clock, policy));
    return answer;
  }

  private ModelResponse governedCall(
      ModelRequest request, Trace trace, Optional<Consumer<Delta>> sink) {
    ModelRoute route = policy.admit(request.model(), request.metadata(), clock.instant());
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
        prices.worstCase(route.model(), TokenBound.of(request), request.maxTokens());
    trace.reservation = Optional.of(budgets.reserve(request.metadata(), worstCase));

    MaskingSession session = masker.open(request.masking());
    ModelRequest outbound = request.mapText(session::mask).withModel(route.vendorModelId());
    trace.masked = session.counts();
    trace.outbound = Optional.of(outbound);

    ModelResponse raw =
        sink.isEmpty()
            ? resilience.call(
                route.vendor(),
                () -> validated(adapter.doCall(outbound), request),
                n -> trace.attempts = n)
            : streamed(
                adapter, outbound, request, new StreamingUnmasker(session, sink.get()), trace);
    trace.usage = raw.usage();
    trace.vendorRequestId = Optional.of(raw.vendorRequestId());
    trace.cost = prices.cost(route.model(), raw.usage());
    budgets.settle(trace.reservation.get(), trace.cost);
    trace.reservation = Optional.empty();
    return raw.withText(session.unmask(raw.text()))
        .withOutput(raw.output().map(o -> Unmasking.json(o, session)));
  }

  private ModelResponse streamed(
      ModelAdapter adapter,
      ModelRequest outbound,
      ModelRequest request,
      StreamingUnmasker out,
      Trace trace) {
    ModelResponse raw =
        resilience.call(
            adapter.vendor(),
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
              return validated(whole, request);
            },
            n -> trace.attempts = n,
            () -> !out.emittedAny());
    out.flush();
    return raw;
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

  private void release(Trace trace) {
    trace.reservation.ifPresent(
        r -> {
          trace.reservation = Optional.empty();
          budgets.release(r);
        });
  }

  /**
   * Whether a model can be called at all: it is configured and its vendor has an adapter. Callers
   * use it to report a model-backed step as off instead of failing (policy still applies per call).
   */
  public boolean isAvailable(String model) {
    return policy.route(model).map(r -> adapters.containsKey(r.vendor())).orElse(false);
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
    final ModelRequest request;
    final long startNanos;
    final UUID callId = UUID.randomUUID();
    Optional<Reservation> reservation = Optional.empty();
    Optional<ModelRequest> outbound = Optional.empty();
    Map<EntityType, Integer> masked = Map.of();
    int attempts;
    Usage usage = Usage.NONE;
    BigDecimal cost = BigDecimal.ZERO;
    Optional<String> vendorRequestId = Optional.empty();
    Optional<RuntimeException> failure = Optional.empty();

    Trace(ModelRequest request, long startNanos) {
      this.request = request;
      this.startNanos = startNanos;
    }

    AuditRecord record(Clock clock, Policy policy) {
      CallMetadata meta = request.metadata();
      Outcome outcome =
          failure.isEmpty() ? Outcome.OK : attempts == 0 ? Outcome.REFUSED : Outcome.FAILED;
      Optional<String> code =
          failure.map(e -> e instanceof GatewayException g ? g.code() : "INTERNAL_ERROR");
      Optional<String> prompt =
          meta.dataClass().promptMayBeAudited()
              ? outbound.map(Trace::promptText)
              : Optional.empty();
      return new AuditRecord(
          callId,
          clock.instant(),
          meta,
          policy.route(request.model()).map(r -> r.vendor().id()),
          request.model(),
          usage,
          cost,
          Duration.ofNanos(System.nanoTime() - startNanos),
          attempts,
          outcome,
          code,
          vendorRequestId,
          masked,
          prompt);
    }

    private static String promptText(ModelRequest r) {
      StringBuilder sb = new StringBuilder();
      r.system().ifPresent(s -> sb.append("[system] ").append(s).append('\n'));
      r.messages()
          .forEach(m -> sb.append('[').append(m.role()).append("] ").append(m.text()).append('\n'));
      return sb.length() > PROMPT_AUDIT_CHARS ? sb.substring(0, PROMPT_AUDIT_CHARS) : sb.toString();
    }
  }
}
