/** What the modules' tests share; a test-scope dependency only, never on the app's class path. */
@NullMarked
package onramp.testkit;

import org.jspecify.annotations.NullMarked;
