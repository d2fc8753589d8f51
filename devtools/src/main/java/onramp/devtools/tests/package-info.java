/**
 * {@code ./onramp ts tests}: tests proposed for the changed exported functions of a TypeScript
 * change, kept only when they type-check, pass twice with the repository's own Vitest and cover
 * lines of the function that no existing test covered (the TestGen-LLM filter). Entry point: {@link
 * onramp.devtools.tests.TestGeneration}.
 */
@NullMarked
package onramp.devtools.tests;

import org.jspecify.annotations.NullMarked;
