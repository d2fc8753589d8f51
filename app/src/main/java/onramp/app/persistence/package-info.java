/**
 * Persistence wiring: the embedded PostgreSQL of {@code ./onramp serve} (or an external one chosen
 * by configuration), the data folder, and the first repositories over the Flyway schema.
 */
@NullMarked
package onramp.app.persistence;

import org.jspecify.annotations.NullMarked;
