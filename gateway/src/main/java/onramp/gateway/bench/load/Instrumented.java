package onramp.gateway.bench.load;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;
import onramp.gateway.CallMetadata;
import onramp.gateway.MessagesReply;
import onramp.gateway.ModelAdapter;
import onramp.gateway.ModelRequest;
import onramp.gateway.ModelResponse;
import onramp.gateway.Vendor;
import onramp.gateway.audit.AuditLog;
import onramp.gateway.audit.AuditRecord;
import onramp.gateway.budget.BudgetKey;
import onramp.gateway.budget.BudgetState;
import onramp.gateway.budget.Budgets;
import onramp.gateway.budget.Reservation;

/**
 * Where a governed call's time goes, from the inside: the budget reservation, the vendor call, the
 * settlement and the audit write are each timed around the real PostgreSQL stores and adapter, and
 * counted for the ledger check. Two clock reads per step; nothing else changes.
 */
final class Instrumented {
  final Recorder reserve = new Recorder();
  final Recorder vendor = new Recorder();
  final Recorder settle = new Recorder();
  final Recorder audit = new Recorder();
  final AtomicLong reservations = new AtomicLong();
  final AtomicLong settlements = new AtomicLong();
  final AtomicLong releases = new AtomicLong();
  final AtomicLong vendorCalls = new AtomicLong();
  final AtomicLong audits = new AtomicLong();
  private final java.util.concurrent.ConcurrentMap<String, AtomicLong> vendorErrors =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** Forgets the timings (not the counts) before a measured run. */
  void resetTimings() {
    List.of(reserve, vendor, settle, audit).forEach(Recorder::reset);
  }

  /** The timings since the last reset. */
  Breakdown breakdown() {
    return new Breakdown(reserve.latency(), vendor.latency(), settle.latency(), audit.latency());
  }

  /**
   * Waits until no call is in the gateway: every reservation settled or released and audited, the
   * counts still for half a second (a load run ends with calls in flight).
   */
  void awaitIdle(java.time.Duration atMost) {
    long deadline = System.nanoTime() + atMost.toNanos();
    long last = -1;
    while (System.nanoTime() < deadline) {
      long r = reservations.get();
      boolean idle = r == settlements.get() + releases.get() && audits.get() >= r;
      if (idle && r == last) {
        return;
      }
      last = idle ? r : -1;
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /** Vendor call failures by exception and root cause, for the report. */
  java.util.Map<String, Long> vendorErrors() {
    java.util.Map<String, Long> out = new java.util.TreeMap<>();
    vendorErrors.forEach((k, v) -> out.put(k, v.get()));
    return out;
  }

  private <T> T vendorCall(Supplier<T> call) {
    vendorCalls.incrementAndGet();
    try {
      return vendor.time(call);
    } catch (RuntimeException e) {
      Throwable root = e;
      while (root.getCause() != null && root.getCause() != root) {
        root = root.getCause();
      }
      String what =
          e.getClass().getSimpleName()
              + " ("
              + root.getClass().getSimpleName()
              + ": "
              + String.valueOf(root.getMessage())
              + ")";
      vendorErrors
          .computeIfAbsent(
              what.length() > 200 ? what.substring(0, 200) : what, k -> new AtomicLong())
          .incrementAndGet();
      throw e;
    }
  }

  /** Per step of a governed call, in microseconds, over the measured gateway run. */
  record Breakdown(Latency reserve, Latency vendor, Latency settle, Latency audit) {}

  /** Durations in nanoseconds, lock-free; keeps the first 2^21 of a run. */
  static final class Recorder {
    private final long[] samples = new long[1 << 21];
    private final AtomicInteger next = new AtomicInteger();

    void record(long nanos) {
      int i = next.getAndIncrement();
      if (i < samples.length) {
        samples[i] = nanos;
      }
    }

    void reset() {
      next.set(0);
    }

    Latency latency() {
      int n = Math.min(next.get(), samples.length);
      long[] copy = new long[n];
      System.arraycopy(samples, 0, copy, 0, n);
      return Latency.ofNanos(copy);
    }

    <T> T time(Supplier<T> step) {
      long t0 = System.nanoTime();
      try {
        return step.get();
      } finally {
        record(System.nanoTime() - t0);
      }
    }

    void time(Runnable step) {
      long t0 = System.nanoTime();
      try {
        step.run();
      } finally {
        record(System.nanoTime() - t0);
      }
    }
  }

  Budgets budgets(Budgets inner) {
    return new Budgets() {
      @Override
      public Reservation reserve(CallMetadata meta, BigDecimal worstCase) {
        Reservation r = reserve.time(() -> inner.reserve(meta, worstCase));
        reservations.incrementAndGet();
        return r;
      }

      @Override
      public void settle(Reservation reservation, BigDecimal cost, BigDecimal estimatedPart) {
        settle.time(() -> inner.settle(reservation, cost, estimatedPart));
        settlements.incrementAndGet();
      }

      @Override
      public void release(Reservation reservation) {
        settle.time(() -> inner.release(reservation));
        releases.incrementAndGet();
      }

      @Override
      public void setLimit(BudgetKey key, BigDecimal limitUsd) {
        inner.setLimit(key, limitUsd);
      }

      @Override
      public boolean seedLimit(BudgetKey key, BigDecimal limitUsd) {
        return inner.seedLimit(key, limitUsd);
      }

      @Override
      public java.util.List<onramp.gateway.budget.BudgetState> list() {
        return inner.list();
      }

      @Override
      public Optional<BudgetState> state(BudgetKey key) {
        return inner.state(key);
      }
    };
  }

  AuditLog audit(AuditLog inner) {
    return new AuditLog() {
      @Override
      public void append(AuditRecord record) {
        audit.time(() -> inner.append(record));
        audits.incrementAndGet();
      }

      @Override
      public List<AuditRecord> latest(int limit) {
        return inner.latest(limit);
      }
    };
  }

  ModelAdapter adapter(ModelAdapter inner) {
    return new ModelAdapter() {
      @Override
      public Vendor vendor() {
        return inner.vendor();
      }

      @Override
      public ModelResponse doCall(ModelRequest request) {
        return vendorCall(() -> inner.doCall(request));
      }

      @Override
      public MessagesReply doMessages(ObjectNode body) {
        return vendorCall(() -> inner.doMessages(body));
      }

      @Override
      public MessagesReply doMessagesStream(ObjectNode body, Consumer<ObjectNode> events) {
        return vendorCall(() -> inner.doMessagesStream(body, events));
      }

      @Override
      public java.util.OptionalLong doCountTokens(ObjectNode body) {
        return inner.doCountTokens(body);
      }

      @Override
      public void close() {
        inner.close();
      }
    };
  }
}
