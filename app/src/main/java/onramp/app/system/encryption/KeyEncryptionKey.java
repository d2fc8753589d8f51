package onramp.app.system.encryption;

/**
 * Wraps and unwraps data keys. Locally a key file ({@link LocalKeyFile}); in production an AWS KMS
 * key ({@code onramp.app.system.cloud.AwsKmsKey}): new data keys come from KMS {@code
 * GenerateDataKey} and are unwrapped by {@code Decrypt}, so the key-encryption key never leaves
 * KMS.
 */
public interface KeyEncryptionKey {
  /** Names the key, stored beside each wrapped data key so keys can be rotated. */
  String id();

  byte[] wrap(byte[] dataKey);

  byte[] unwrap(byte[] wrappedDataKey);

  /**
   * A new 256-bit data key, in the clear and wrapped. A KMS makes both in one call; the default
   * draws the key here and wraps it.
   */
  default NewDataKey generate() {
    byte[] key = Aead.newKey();
    return new NewDataKey(key, wrap(key));
  }

  /** A data key as {@link #generate} returns it: use {@code plaintext}, store {@code wrapped}. */
  record NewDataKey(byte[] plaintext, byte[] wrapped) {
    public NewDataKey {
      if (plaintext.length != Aead.KEY_BYTES) {
        throw new IllegalArgumentException(
            "a data key has " + Aead.KEY_BYTES + " bytes, not " + plaintext.length);
      }
    }
  }
}
