/**
 * The workspace's template library over HTTP: {@code /api/workspace/templates} lists the templates
 * the signed-in employee sees, reads one (any version) and its history, creates templates and
 * writes new versions. The library itself is {@code onramp.workspace.templates}; this package wires
 * it to the app's database and seeds the shipped templates at start.
 */
@NullMarked
package onramp.app.workspace.templates;

import org.jspecify.annotations.NullMarked;
