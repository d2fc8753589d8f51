/**
 * The onboarding service: sign-up, encrypted document uploads, submission for checking, decisions
 * (the system's and reviewers'), the review queue, operations figures and retention.
 */
@NullMarked
package onramp.app.onboarding;

import org.jspecify.annotations.NullMarked;
