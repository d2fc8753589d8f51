package onramp.gateway.masking;

import java.util.List;

/**
 * What the caller knows about the request that a pattern cannot find by itself: the names of the
 * people the text is about (names are masked only where given as context), and where to report what
 * was masked.
 */
public record MaskingContext(List<String> knownNames, MaskingReceipt receipt) {
  public MaskingContext {
    knownNames = List.copyOf(knownNames);
  }

  public MaskingContext(List<String> knownNames) {
    this(knownNames, MaskingReceipt.NONE);
  }

  public static MaskingContext none() {
    return new MaskingContext(List.of());
  }

  public static MaskingContext names(String... names) {
    return new MaskingContext(List.of(names));
  }

  /** The same context, reporting what was masked to {@code receipt}. */
  public MaskingContext reportingTo(MaskingReceipt newReceipt) {
    return new MaskingContext(knownNames, newReceipt);
  }

  /** Records a session's replacements in the receipt (called by the gateway when masking ends). */
  public void report(MaskingSession session) {
    receipt.record(session.replacements());
  }
}
