/**
 * The gateway service under load: a real HTTP load generator (Debian's wrk, paced to a constant
 * rate) against the fake vendor directly, through nginx and through the gateway with all governance
 * on and budgets, keys and audit in PostgreSQL; added latency, streaming time to first byte, a rate
 * sweep and a check of the budget ledger, in one run.
 */
@NullMarked
package onramp.gateway.bench.load;

import org.jspecify.annotations.NullMarked;
