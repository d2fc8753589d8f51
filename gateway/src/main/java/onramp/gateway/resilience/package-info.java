/**
 * Retries with exponential backoff and jitter that honour {@code retry-after}, and a circuit
 * breaker per vendor. The only retry loop in the gateway: the vendor SDKs' own retries are off.
 */
@NullMarked
package onramp.gateway.resilience;

import org.jspecify.annotations.NullMarked;
