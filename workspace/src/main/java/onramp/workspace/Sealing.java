package onramp.workspace;

import java.util.UUID;

/**
 * Envelope encryption for what the workspace keeps: one data key per conversation, wrapped by the
 * instance's key-encryption key (the app's local key file or KMS). Deleting the conversation's row
 * deletes its wrapped key with its contents.
 */
public interface Sealing {
  /** A new data key for a conversation. */
  Key newKey(UUID conversation);

  /** The data key of a conversation, from what was stored. */
  Key unwrap(UUID conversation, byte[] wrapped, String kekId);

  /**
   * A data key. {@code purpose} is bound into every seal (a sealed answer cannot pose as a prompt).
   */
  interface Key {
    byte[] wrapped();

    String kekId();

    byte[] seal(String purpose, byte[] plaintext);

    byte[] open(String purpose, byte[] sealed);
  }
}
