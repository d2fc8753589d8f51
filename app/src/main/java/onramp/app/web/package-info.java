/** The web application behind {@code ./onramp serve}: start-up, pages and the one error mapping. */
@NullMarked
package onramp.app.web;

import org.jspecify.annotations.NullMarked;
