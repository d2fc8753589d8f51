/**
 * The one runnable: the {@code ./onramp} command line ({@link onramp.app.Main}) and, below it, one
 * package per feature, as Spring PetClinic does: {@code apply} (the applicant's side: sign-up,
 * uploads, stored documents and decisions, processing, retention), {@code review} (the back
 * office), {@code ops} (dashboard and status), {@code cli} (the commands), and {@code system} (what
 * every feature uses: start-up, database, audit trail, encryption, security, the one error
 * mapping). A new product gets its own package beside them. Types are package-private unless
 * another feature uses them; {@code ArchitectureTest} holds the arrows.
 */
@NullMarked
package onramp.app;

import org.jspecify.annotations.NullMarked;
