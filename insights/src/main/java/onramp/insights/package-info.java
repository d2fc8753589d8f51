/**
 * The monthly report for the executive meeting: every figure computed from what the running system
 * recorded (the database of {@code ./onramp serve}), with charts, as one HTML file and a PDF. Reads
 * other modules' tables through SQL only; depends on nothing but the gateway.
 */
@NullMarked
package onramp.insights;

import org.jspecify.annotations.NullMarked;
