/**
 * Encryption at rest: envelope encryption, a data key per record (an application), wrapped by a
 * key-encryption key (a local key file, or a KMS key).
 */
@NullMarked
package onramp.app.system.encryption;

import org.jspecify.annotations.NullMarked;
