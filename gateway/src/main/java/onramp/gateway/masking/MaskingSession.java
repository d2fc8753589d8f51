package onramp.gateway.masking;

import java.util.List;
import java.util.Map;

/**
 * Masking for one request: the same value gets the same placeholder in every text masked through
 * this session ({@code [SSN_1]}), and {@link #unmask} restores them in the model's answer. The
 * mapping lives only as long as this object; it is never persisted or logged.
 */
public interface MaskingSession {
  /** Returns {@code text} with every detected entity replaced by its placeholder. */
  String mask(String text);

  /** Replaces every placeholder this session issued with its original value. */
  String unmask(String text);

  /** Everything masked so far, positions relative to the text each was found in. */
  List<DetectedEntity> entities();

  /** How many entities of each type were masked (for the audit record; no values). */
  Map<EntityType, Integer> counts();

  /** Every placeholder issued, in order, with the value it stands for (for the sender only). */
  List<Replacement> replacements();

  /** A session that masks nothing: for data classes sent untouched. */
  static MaskingSession passThrough() {
    return PassThrough.INSTANCE;
  }

  /** Masks nothing, restores nothing. */
  enum PassThrough implements MaskingSession {
    INSTANCE;

    @Override
    public String mask(String text) {
      return text;
    }

    @Override
    public String unmask(String text) {
      return text;
    }

    @Override
    public List<DetectedEntity> entities() {
      return List.of();
    }

    @Override
    public Map<EntityType, Integer> counts() {
      return Map.of();
    }

    @Override
    public List<Replacement> replacements() {
      return List.of();
    }
  }
}
