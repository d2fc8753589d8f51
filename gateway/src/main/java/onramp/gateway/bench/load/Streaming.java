package onramp.gateway.bench.load;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * Streamed calls ({@code "stream": true}) one at a time, alternating direct and through the
 * gateway, timed by {@link HttpProbe}: time to the first byte of the event stream, to the first
 * text delta, and to the end. {@code gatewayAnswered} counts the gateway's 200s, warm-up included,
 * for the ledger check.
 */
record Streaming(
    int calls,
    Side direct,
    Side gateway,
    Latency.Added addedFirstByte,
    long failures,
    long gatewayAnswered) {

  /** One side's timings. */
  record Side(Latency firstByte, Latency firstTextDelta, Latency whole) {}

  static Streaming measure(HttpProbe probe, URI direct, URI gateway, int calls) {
    byte[] body = BenchRequest.body(true);
    long gatewayAnswered = 0;
    for (int i = 0; i < Math.min(50, calls); i++) { // warm-up
      probe.timeStream(direct, body);
      gatewayAnswered += probe.timeStream(gateway, body).length > 0 ? 1 : 0;
    }
    List<long[]> d = new ArrayList<>();
    List<long[]> g = new ArrayList<>();
    long failures = 0;
    for (int i = 0; i < calls; i++) {
      long[] a = probe.timeStream(direct, body);
      long[] b = probe.timeStream(gateway, body);
      failures += (a.length == 0 ? 1 : 0) + (b.length == 0 ? 1 : 0);
      if (a.length > 0) {
        d.add(a);
      }
      if (b.length > 0) {
        g.add(b);
        gatewayAnswered++;
      }
    }
    Side ds = side(d);
    Side gs = side(g);
    return new Streaming(
        calls, ds, gs, gs.firstByte().minus(ds.firstByte()), failures, gatewayAnswered);
  }

  private static Side side(List<long[]> timings) {
    return new Side(column(timings, 0), column(timings, 1), column(timings, 2));
  }

  private static Latency column(List<long[]> timings, int i) {
    return Latency.ofNanos(timings.stream().mapToLong(t -> t[i]).toArray());
  }
}
