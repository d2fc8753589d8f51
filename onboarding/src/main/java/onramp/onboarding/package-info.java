/** Applications, rules, cross-document checks and decisions. */
@NullMarked
package onramp.onboarding;

import org.jspecify.annotations.NullMarked;
