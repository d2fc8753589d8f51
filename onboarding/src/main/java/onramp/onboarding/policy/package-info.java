@NullMarked
package onramp.onboarding.policy;

import org.jspecify.annotations.NullMarked;
