package onramp.app.system.encryption;

import java.util.UUID;
import org.springframework.stereotype.Component;

/** Makes and unwraps per-application data keys with the configured {@link KeyEncryptionKey}. */
@Component
public class Envelope {
  private final KeyEncryptionKey kek;

  Envelope(KeyEncryptionKey kek) {
    this.kek = kek;
  }

  public DataKey newKey(UUID application) {
    KeyEncryptionKey.NewDataKey key = kek.generate();
    return new DataKey(application, key.plaintext(), key.wrapped(), kek.id());
  }

  public DataKey unwrap(UUID application, byte[] wrapped, String kekId) {
    if (!kek.id().equals(kekId)) {
      throw new TamperedDataException(
          "application "
              + application
              + " was sealed under key "
              + kekId
              + " but this instance holds "
              + kek.id()
              + "; configure the same key file or KMS key on every instance");
    }
    return new DataKey(application, kek.unwrap(wrapped), wrapped, kekId);
  }
}
