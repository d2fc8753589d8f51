/**
 * What the monthly report (module insights) needs from the app's other modules: devtools' figures.
 */
@NullMarked
package onramp.app.system.insights;

import org.jspecify.annotations.NullMarked;
