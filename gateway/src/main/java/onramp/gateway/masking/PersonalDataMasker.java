package onramp.gateway.masking;

import java.util.List;

/** Finds personal data in text and masks it. Implementations are thread-safe and stateless. */
public interface PersonalDataMasker {
  /** Detects entities without masking, ordered by start, non-overlapping. */
  List<DetectedEntity> detect(String text, MaskingContext context);

  /** Opens a masking session for one request. */
  MaskingSession open(MaskingContext context);
}
