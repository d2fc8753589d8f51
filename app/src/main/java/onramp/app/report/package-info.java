/** {@code /report}: the monthly report for executives (roles EXEC and ADMIN), HTML and PDF. */
@NullMarked
package onramp.app.report;

import org.jspecify.annotations.NullMarked;
