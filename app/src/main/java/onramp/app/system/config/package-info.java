/**
 * Settings the library modules take as values, read here once from system properties and the
 * environment; the command line and the Spring configuration build the readers from them.
 */
@NullMarked
package onramp.app.system.config;

import org.jspecify.annotations.NullMarked;
