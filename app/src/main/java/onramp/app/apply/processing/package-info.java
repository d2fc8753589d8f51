/**
 * Durable processing on db-scheduler: one job per submitted round (instance id {@code
 * <application>#<round>}), retried with exponential backoff, revived on another instance when the
 * one running it dies.
 */
@NullMarked
package onramp.app.apply.processing;

import org.jspecify.annotations.NullMarked;
