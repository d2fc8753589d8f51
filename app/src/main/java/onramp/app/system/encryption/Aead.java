package onramp.app.system.encryption;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM with a random 96-bit nonce: {@code nonce || ciphertext || tag}. The associated data
 * binds a ciphertext to its place (application and file), so a sealed file moved to another
 * application does not open.
 */
final class Aead {
  static final int KEY_BYTES = 32;
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  private Aead() {}

  static byte[] newKey() {
    byte[] key = new byte[KEY_BYTES];
    RANDOM.nextBytes(key);
    return key;
  }

  static byte[] seal(byte[] key, byte[] plaintext, byte[] associatedData) {
    byte[] nonce = new byte[NONCE_BYTES];
    RANDOM.nextBytes(nonce);
    try {
      Cipher cipher = cipher(Cipher.ENCRYPT_MODE, key, nonce, associatedData);
      byte[] out = new byte[NONCE_BYTES + cipher.getOutputSize(plaintext.length)];
      System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
      cipher.doFinal(plaintext, 0, plaintext.length, out, NONCE_BYTES);
      return out;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available in this JDK", e);
    }
  }

  static byte[] open(byte[] key, byte[] sealed, byte[] associatedData) {
    if (sealed.length < NONCE_BYTES + TAG_BITS / 8) {
      throw new TamperedDataException("a sealed value is too short to be one");
    }
    ByteBuffer in = ByteBuffer.wrap(sealed);
    byte[] nonce = new byte[NONCE_BYTES];
    in.get(nonce);
    try {
      Cipher cipher = cipher(Cipher.DECRYPT_MODE, key, nonce, associatedData);
      return cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
    } catch (javax.crypto.AEADBadTagException e) {
      throw new TamperedDataException(
          "a sealed value does not open with its key: it was changed, moved or"
              + " the key file is not the one it was written with");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available in this JDK", e);
    }
  }

  private static Cipher cipher(int mode, byte[] key, byte[] nonce, byte[] associatedData)
      throws GeneralSecurityException {
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
    cipher.updateAAD(associatedData);
    return cipher;
  }
}
