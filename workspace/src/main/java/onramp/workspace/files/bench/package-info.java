/**
 * The file-text benchmark and the synthetic documents it reads (also the tests' fixtures); out of
 * reach of production code, like every bench package.
 */
@NullMarked
package onramp.workspace.files.bench;

import org.jspecify.annotations.NullMarked;
