package onramp.gateway.audit;

import java.util.ArrayList;
import java.util.List;

/** Audit in memory, bounded: for tests, demos and benchmarks. */
public final class InMemoryAuditLog implements AuditLog {
  private final int capacity;
  private final java.util.ArrayDeque<AuditRecord> records = new java.util.ArrayDeque<>();

  private InMemoryAuditLog(int capacity) {
    this.capacity = capacity;
  }

  public static InMemoryAuditLog create() {
    return new InMemoryAuditLog(100_000);
  }

  @Override
  public synchronized void append(AuditRecord record) {
    if (records.size() == capacity) {
      records.removeFirst();
    }
    records.addLast(record);
  }

  @Override
  public synchronized List<AuditRecord> latest(int limit) {
    List<AuditRecord> out = new ArrayList<>();
    var it = records.descendingIterator();
    while (it.hasNext() && out.size() < limit) {
      out.add(it.next());
    }
    return out;
  }

  public synchronized int size() {
    return records.size();
  }
}
