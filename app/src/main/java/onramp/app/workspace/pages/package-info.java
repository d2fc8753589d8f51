/**
 * The employee's workspace pages, {@code /workspace} and {@code /workspace/c/{id}}: one Thymeleaf
 * page whose script ({@code static/workspace.js}) does everything through the workspace HTTP API,
 * so the pages can do nothing the API cannot.
 */
@NullMarked
package onramp.app.workspace.pages;

import org.jspecify.annotations.NullMarked;
