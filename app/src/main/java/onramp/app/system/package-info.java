/**
 * What every feature uses: the Spring Boot application and its start-up, the database (embedded or
 * external) and data folder, the audit trail, the clock, upload limits, and the one place
 * exceptions become HTTP responses. Depends on no feature.
 */
@NullMarked
package onramp.app.system;

import org.jspecify.annotations.NullMarked;
