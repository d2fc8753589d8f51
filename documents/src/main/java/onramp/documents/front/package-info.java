/**
 * The licence front: a Tesseract reader that turns a photo of a card into evidence-carrying fields,
 * keyed by the AAMVA field numbers and common state labels. Synthetic cards are made in {@code
 * onramp.documents.synthetic}.
 */
@NullMarked
package onramp.documents.front;

import org.jspecify.annotations.NullMarked;
