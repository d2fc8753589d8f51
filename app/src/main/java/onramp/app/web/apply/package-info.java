/** The applicant pages: sign up, upload, submit, see the outcome. */
@NullMarked
package onramp.app.web.apply;

import org.jspecify.annotations.NullMarked;
