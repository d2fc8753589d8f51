/** The change under review, read from the repository with git. */
@NullMarked
package onramp.devtools.git;

import org.jspecify.annotations.NullMarked;
