package onramp.app.apply;

import java.util.UUID;

/** Hands a submitted round to the job queue; called inside the submitting transaction. */
public interface ProcessingQueue {
  void enqueue(UUID application, int round);
}
