/**
 * Virtual keys: what a team's tool presents to the gateway service instead of a vendor credential.
 * A key names its team, tool and (optionally) person, the models it may call, the highest data
 * class it may send, a monthly budget, a rate limit and an expiry. The secret is shown once and
 * stored only as its SHA-256.
 */
@NullMarked
package onramp.gateway.keys;

import org.jspecify.annotations.NullMarked;
