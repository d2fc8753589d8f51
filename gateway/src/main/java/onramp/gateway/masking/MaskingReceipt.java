package onramp.gateway.masking;

import java.util.List;

/**
 * Tells the caller of one call what the gateway masked before the request left (for a person who
 * wants to see it; the audit trail keeps counts only). Filled when the call's masking ends, whether
 * the call succeeded or not; empty when the data class is sent untouched.
 */
public final class MaskingReceipt {
  /** Nobody asks: receipts are not kept. */
  public static final MaskingReceipt NONE = new MaskingReceipt();

  private volatile List<Replacement> replacements = List.of();

  public List<Replacement> replacements() {
    return replacements;
  }

  void record(List<Replacement> made) {
    if (this != NONE) {
      replacements = List.copyOf(made);
    }
  }
}
