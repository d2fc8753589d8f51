/** Validation of a model's typed output against the JSON Schema asked for. */
@NullMarked
package onramp.gateway.schema;

import org.jspecify.annotations.NullMarked;
