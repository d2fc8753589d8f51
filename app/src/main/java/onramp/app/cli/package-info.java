/** Subcommands of {@code ./onramp}. */
@NullMarked
package onramp.app.cli;

import org.jspecify.annotations.NullMarked;
