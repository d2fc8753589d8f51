/**
 * The workspace served over HTTP: its API ({@code /api/workspace}, for the pages and for scripts
 * with personal access tokens), the wiring of the workspace module to the app's database, key
 * encryption and gateway, and its retention job.
 */
@NullMarked
package onramp.app.workspace;

import org.jspecify.annotations.NullMarked;
