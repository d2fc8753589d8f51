/**
 * Model-backed document reading through the gateway: an image in, fields against a JSON schema out,
 * validated like user input. Every field keeps {@link onramp.documents.Source#MODEL}; a model
 * reading is evidence to cross-check, never a decision on its own.
 */
@NullMarked
package onramp.documents.model;

import org.jspecify.annotations.NullMarked;
