package onramp.gateway.governed;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import onramp.gateway.ModelAdapter;
import onramp.gateway.audit.AuditLog;
import onramp.gateway.audit.InMemoryAuditLog;
import onramp.gateway.budget.Budgets;
import onramp.gateway.budget.InMemoryBudgets;
import onramp.gateway.masking.PersonalDataMasker;
import onramp.gateway.metering.PriceTable;
import onramp.gateway.policy.Policy;
import onramp.gateway.resilience.Resilience;

/**
 * Assembles a {@link Gateway}. Defaults: in-memory budgets (no limits set: every call is refused
 * until {@code Budgets.setLimit}), in-memory audit, default retries and breakers, the UTC clock.
 */
public final class GatewayBuilder {
  Supplier<Policy> policy;
  final PriceTable prices;
  final PersonalDataMasker masker;
  Clock clock = Clock.systemUTC();
  java.util.Optional<Budgets> budgets = java.util.Optional.empty();
  AuditLog audit = InMemoryAuditLog.create();
  Resilience resilience = Resilience.defaults();
  final List<ModelAdapter> adapters = new ArrayList<>();

  GatewayBuilder(Policy policy, PriceTable prices, PersonalDataMasker masker) {
    this.policy = () -> policy;
    this.prices = prices;
    this.masker = masker;
  }

  /**
   * Where the policy comes from when it can change while the gateway runs (allowlist and exceptions
   * edited by ML review); asked once per call. Replaces the policy given to the builder.
   */
  public GatewayBuilder policySource(Supplier<Policy> source) {
    this.policy = source;
    return this;
  }

  public GatewayBuilder adapter(ModelAdapter adapter) {
    adapters.add(adapter);
    return this;
  }

  public GatewayBuilder budgets(Budgets budgets) {
    this.budgets = java.util.Optional.of(budgets);
    return this;
  }

  public GatewayBuilder audit(AuditLog audit) {
    this.audit = audit;
    return this;
  }

  public GatewayBuilder resilience(Resilience resilience) {
    this.resilience = resilience;
    return this;
  }

  public GatewayBuilder clock(Clock clock) {
    this.clock = clock;
    return this;
  }

  Budgets budgetsOrDefault() {
    return budgets.orElseGet(() -> InMemoryBudgets.create(clock));
  }

  public Gateway build() {
    return Gateway.create(this);
  }
}
