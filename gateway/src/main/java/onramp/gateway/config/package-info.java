/**
 * The gateway's configuration file ({@code gateway.yaml}): vendors and their processing agreements,
 * models with routes and prices, reviewed exceptions, budgets, retries. Secrets are never in the
 * file, only the names of environment variables that hold them.
 */
@NullMarked
package onramp.gateway.config;

import org.jspecify.annotations.NullMarked;
