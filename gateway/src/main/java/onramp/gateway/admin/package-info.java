/**
 * Running the gateway's governance from the admin page, the API and the command line: virtual keys
 * issued with their own budget, and the policy changes ML review makes at run time (allowlist
 * switches, exceptions granted, refused and revoked), kept in a {@link
 * onramp.gateway.admin.PolicyStore} and applied on top of {@code gateway.yaml} by {@link
 * onramp.gateway.admin.LivePolicy}.
 */
@NullMarked
package onramp.gateway.admin;

import org.jspecify.annotations.NullMarked;
