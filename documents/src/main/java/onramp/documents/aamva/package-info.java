/**
 * Reads the AAMVA DL/ID PDF417 payload on the back of North American driver's licences and ID cards
 * (versions 01–10), as real scanners deliver it, into typed fields; and writes well-formed payloads
 * for the synthetic corpus. Entry points: {@link onramp.documents.aamva.AamvaParser}, {@link
 * onramp.documents.aamva.AamvaEncoder}.
 */
@NullMarked
package onramp.documents.aamva;

import org.jspecify.annotations.NullMarked;
