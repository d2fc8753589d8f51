/** The workspace's time-to-first-token benchmark ({@code ./onramp bench workspace-ttft}). */
@NullMarked
package onramp.app.cli.bench;

import org.jspecify.annotations.NullMarked;
