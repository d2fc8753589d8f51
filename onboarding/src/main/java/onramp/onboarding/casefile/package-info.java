/**
 * What the rules see: one application's {@link CaseFile} (the signup, the licence as read, the Form
 * I-9, the policy) and the {@link Rule} contract every check implements. Readers fill it; rules
 * read it; neither depends on the other.
 */
@NullMarked
package onramp.onboarding.casefile;

import org.jspecify.annotations.NullMarked;
