/**
 * Specimen licence fronts and paper-page photos for the corpus, written independently of the front
 * reader and of the classic renderer ({@code front.LicenceFrontRenderer}), from how real US and
 * Canadian cards differ: label conventions, name lines, date and height formats, fonts and security
 * backgrounds. Their layouts are split into a development set and a held-out set, so an evaluation
 * can show how the reader does on cards it was not written against.
 */
@NullMarked
package onramp.documents.specimen;

import org.jspecify.annotations.NullMarked;
