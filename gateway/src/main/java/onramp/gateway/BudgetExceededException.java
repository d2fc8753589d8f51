package onramp.gateway;

/** The team's or tool's budget cannot cover the worst case of this call. */
public final class BudgetExceededException extends GatewayException {

  public BudgetExceededException(String message) {
    super(message);
  }

  /**
   * Not retryable as such: retrying later helps only when other calls release their reservations.
   */
  @Override
  public boolean retryable() {
    return false;
  }

  @Override
  public Fault fault() {
    return Fault.CALLER;
  }

  @Override
  public String code() {
    return "BUDGET_EXCEEDED";
  }
}
