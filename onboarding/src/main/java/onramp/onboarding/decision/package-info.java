/**
 * What a decision is made of: the reasons behind it ({@link Reason}, coded by {@link ReasonCode},
 * weighed by {@link Severity}), and {@link OnboardingException}, the root of everything the module
 * throws. Depends on nothing else in the module.
 */
@NullMarked
package onramp.onboarding.decision;

import org.jspecify.annotations.NullMarked;
