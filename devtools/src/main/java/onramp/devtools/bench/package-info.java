/**
 * Benchmarks of the review's non-model work; test-data makers for them live here, not in packages
 * production code reads.
 */
@NullMarked
package onramp.devtools.bench;

import org.jspecify.annotations.NullMarked;
