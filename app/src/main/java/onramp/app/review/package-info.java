/** The reviewer back office: queue, case page with documents and evidence, decisions. */
@NullMarked
package onramp.app.review;

import org.jspecify.annotations.NullMarked;
