package onramp.app.workspace;

import java.util.UUID;
import onramp.app.system.encryption.DataKey;
import onramp.app.system.encryption.Envelope;
import onramp.workspace.Sealing;

/** The workspace's sealing on the app's envelope encryption (local key file or KMS). */
final class EnvelopeSealing implements Sealing {
  private final Envelope envelope;

  EnvelopeSealing(Envelope envelope) {
    this.envelope = envelope;
  }

  @Override
  public Key newKey(UUID conversation) {
    return new Adapted(envelope.newKey(conversation));
  }

  @Override
  public Key unwrap(UUID conversation, byte[] wrapped, String kekId) {
    return new Adapted(envelope.unwrap(conversation, wrapped, kekId));
  }

  private record Adapted(DataKey key) implements Key {
    @Override
    public byte[] wrapped() {
      return key.wrapped();
    }

    @Override
    public String kekId() {
      return key.kekId();
    }

    @Override
    public byte[] seal(String purpose, byte[] plaintext) {
      return key.seal(purpose, plaintext);
    }

    @Override
    public byte[] open(String purpose, byte[] sealed) {
      return key.open(purpose, sealed);
    }
  }
}
