/**
 * Budgets per team and per tool with atomic admission: the worst-case cost is reserved before a
 * call and settled to the actual cost after it, so concurrent calls never overspend.
 */
@NullMarked
package onramp.gateway.budget;

import org.jspecify.annotations.NullMarked;
