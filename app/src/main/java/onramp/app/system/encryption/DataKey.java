package onramp.app.system.encryption;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * One application's data key, unwrapped, with the wrapped form to store beside the data. Everything
 * personal about the application is sealed under it; deleting the wrapped key shreds the data.
 */
public final class DataKey {
  private final UUID application;
  private final byte[] key;
  private final byte[] wrapped;
  private final String kekId;

  DataKey(UUID application, byte[] key, byte[] wrapped, String kekId) {
    this.application = application;
    this.key = key;
    this.wrapped = wrapped;
    this.kekId = kekId;
  }

  public byte[] wrapped() {
    return wrapped.clone();
  }

  public String kekId() {
    return kekId;
  }

  /** Seals {@code plaintext}; {@code purpose} (e.g. "applicant", "dl-front.png") is bound to it. */
  public byte[] seal(String purpose, byte[] plaintext) {
    return Aead.seal(key, plaintext, context(purpose));
  }

  public byte[] open(String purpose, byte[] sealed) {
    return Aead.open(key, sealed, context(purpose));
  }

  public byte[] sealText(String purpose, String text) {
    return seal(purpose, text.getBytes(StandardCharsets.UTF_8));
  }

  public String openText(String purpose, byte[] sealed) {
    return new String(open(purpose, sealed), StandardCharsets.UTF_8);
  }

  private byte[] context(String purpose) {
    return (application + "/" + purpose).getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return "DataKey[" + application + ", " + kekId + "]";
  }
}
