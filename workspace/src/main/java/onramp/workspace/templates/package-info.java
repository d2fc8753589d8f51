/**
 * The shared template library: prompts with typed variables (text, long text, choice, date, file),
 * rendered as a form and validated before anything is sent; immutable versions with history; owned
 * by a team and shared with teams or everyone; the templates Onramp ships, seeded from YAML.
 *
 * <p>Template text is Mustache ({@code {{variable}}}, sections {@code {{#v}}…{{/v}}} for optional
 * parts) checked strictly when saved: every placeholder must be a declared variable and every
 * declared variable must be used. Values are inserted once, verbatim: a value that contains {@code
 * {{other}}} stays that text.
 */
@NullMarked
package onramp.workspace.templates;

import org.jspecify.annotations.NullMarked;
