package onramp.documents.i9;

import onramp.documents.DocumentsException;
import onramp.documents.ocr.CpuBudget;

/**
 * A page could not be read within its CPU budget ({@link OcrPageReader#PAGE_BUDGET}): not a clean
 * scan of the form (noise, a pathological image). {@link I9Reader} makes it an unreadable scan.
 */
final class ReadBudgetSpent extends DocumentsException {
  ReadBudgetSpent(CpuBudget budget) {
    super(
        "the page was not read within " + budget.allowanceNanos() / 1_000_000 + " ms of CPU time",
        false);
  }

  @Override
  public boolean retryable() {
    return false;
  }

  @Override
  public Fault fault() {
    return Fault.DOCUMENT;
  }
}
