/**
 * Who may see what: applicants (their own application only, by session or resume token), reviewers
 * and admins (local users from configuration, or OIDC single sign-on when a client is configured),
 * and the sign-in page.
 */
@NullMarked
package onramp.app.system.security;

import org.jspecify.annotations.NullMarked;
