@NullMarked
package onramp.onboarding.licence;

import org.jspecify.annotations.NullMarked;
