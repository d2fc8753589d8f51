/**
 * The applicant's side of onboarding: sign-up, encrypted document uploads, submission for checking,
 * and the application's record (its lifecycle {@link onramp.app.apply.ApplicationState}, stored
 * documents, data key and decisions) that {@code review} and {@code ops} read. Processing and
 * retention are sub-packages; nothing outside {@code apply} uses them.
 */
@NullMarked
package onramp.app.apply;

import org.jspecify.annotations.NullMarked;
