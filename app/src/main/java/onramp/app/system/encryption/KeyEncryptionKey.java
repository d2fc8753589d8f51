package onramp.app.system.encryption;

/**
 * Wraps and unwraps data keys. Locally a key file ({@link LocalKeyFile}); in production a cloud KMS
 * key: an AWS KMS implementation calls {@code Encrypt}/{@code Decrypt} (or {@code GenerateDataKey})
 * with the key's ARN, so the key-encryption key never leaves KMS. Declare it as a Spring bean and
 * the local key file is not used.
 */
public interface KeyEncryptionKey {
  /** Names the key, stored beside each wrapped data key so keys can be rotated. */
  String id();

  byte[] wrap(byte[] dataKey);

  byte[] unwrap(byte[] wrappedDataKey);
}
