/**
 * Encryption at rest: envelope encryption (a data key per application, wrapped by a key-encryption
 * key) and the encrypted document store.
 */
@NullMarked
package onramp.app.onboarding.storage;

import org.jspecify.annotations.NullMarked;
