package onramp.workspace;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/** Real AES-GCM envelope sealing with a key-encryption key held in memory, for tests. */
public final class TestSealing implements Sealing {
  private static final SecureRandom RANDOM = new SecureRandom();
  private final byte[] kek = random(32);

  @Override
  public Key newKey(UUID conversation) {
    byte[] key = random(32);
    return new DataKey(key, crypt(Cipher.ENCRYPT_MODE, kek, conversation.toString(), key));
  }

  @Override
  public Key unwrap(UUID conversation, byte[] wrapped, String kekId) {
    return new DataKey(crypt(Cipher.DECRYPT_MODE, kek, conversation.toString(), wrapped), wrapped);
  }

  private record DataKey(byte[] key, byte[] wrapped) implements Key {
    @Override
    public String kekId() {
      return "test";
    }

    @Override
    public byte[] seal(String purpose, byte[] plaintext) {
      return crypt(Cipher.ENCRYPT_MODE, key, purpose, plaintext);
    }

    @Override
    public byte[] open(String purpose, byte[] sealed) {
      return crypt(Cipher.DECRYPT_MODE, key, purpose, sealed);
    }
  }

  private static byte[] crypt(int mode, byte[] key, String aad, byte[] in) {
    try {
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      if (mode == Cipher.ENCRYPT_MODE) {
        byte[] iv = random(12);
        c.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, iv));
        c.updateAAD(aad.getBytes(StandardCharsets.UTF_8));
        byte[] out = c.doFinal(in);
        return ByteBuffer.allocate(12 + out.length).put(iv).put(out).array();
      }
      c.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, in, 0, 12));
      c.updateAAD(aad.getBytes(StandardCharsets.UTF_8));
      return c.doFinal(in, 12, in.length - 12);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("sealing failed", e);
    }
  }

  private static byte[] random(int n) {
    byte[] b = new byte[n];
    RANDOM.nextBytes(b);
    return b;
  }
}
