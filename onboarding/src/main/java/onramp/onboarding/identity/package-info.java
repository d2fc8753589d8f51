@NullMarked
package onramp.onboarding.identity;

import org.jspecify.annotations.NullMarked;
