/**
 * The licence front: a renderer for synthetic cards and a Tesseract reader that turns a photo of a
 * card into evidence-carrying fields, keyed by the AAMVA field numbers and common state labels.
 */
@NullMarked
package onramp.documents.front;

import org.jspecify.annotations.NullMarked;
