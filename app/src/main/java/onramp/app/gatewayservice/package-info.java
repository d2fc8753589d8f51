/**
 * The gateway service inside {@code ./onramp serve}: the same {@link
 * onramp.gateway.service.GatewayService} {@code ./onramp gateway} runs alone, mounted at {@code
 * /v1/*} on the web server, with keys, budgets, policy changes and audit in the application's
 * PostgreSQL.
 */
@NullMarked
package onramp.app.gatewayservice;

import org.jspecify.annotations.NullMarked;
