/**
 * Form I-9 compliance rules (M-274, the form's instructions) and the acceptable-documents lists.
 */
@NullMarked
package onramp.onboarding.i9;

import org.jspecify.annotations.NullMarked;
