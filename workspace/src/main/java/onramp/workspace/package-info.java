/**
 * The prompting workspace: every employee runs prompts over pasted text and files, with templates,
 * through the gateway (in process); customer data masked before it leaves and kept only as long as
 * its retention says. Framework-free: the app serves it over HTTP and schedules its sweep.
 */
@NullMarked
package onramp.workspace;

import org.jspecify.annotations.NullMarked;
