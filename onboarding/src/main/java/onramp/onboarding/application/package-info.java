/** The applicant's signup data. */
@NullMarked
package onramp.onboarding.application;

import org.jspecify.annotations.NullMarked;
