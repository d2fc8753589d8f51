package onramp.workspace;

import java.util.UUID;

/** Follows a run as it streams. Called on the thread that runs it. */
public interface RunListener {
  /** The run is recorded and about to be sent. */
  default void started(UUID run, UUID conversation) {}

  /** More answer text (already unmasked). */
  default void delta(String text) {}

  /** Ignores everything: for non-streaming callers. */
  RunListener NONE = new RunListener() {};
}
