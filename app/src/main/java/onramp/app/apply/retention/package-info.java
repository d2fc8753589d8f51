/**
 * Retention: when an application may be deleted (the I-9 rule, configurable periods for rejected
 * and abandoned ones), and the job that deletes it.
 */
@NullMarked
package onramp.app.apply.retention;

import org.jspecify.annotations.NullMarked;
