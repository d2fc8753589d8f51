package onramp.app.system.cloud;

import java.util.Objects;
import onramp.app.system.encryption.KeyEncryptionKey;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.KmsClientBuilder;
import software.amazon.awssdk.services.kms.model.DataKeySpec;
import software.amazon.awssdk.services.kms.model.DecryptResponse;
import software.amazon.awssdk.services.kms.model.GenerateDataKeyResponse;
import software.amazon.awssdk.services.kms.model.InvalidCiphertextException;

/**
 * The key-encryption key held in AWS KMS (envelope encryption): a new data key comes from {@code
 * GenerateDataKey} (the plaintext is used in memory, the KMS ciphertext is stored), and a stored
 * one is opened by {@code Decrypt}; the key-encryption key itself never leaves KMS.
 */
public final class AwsKmsKey implements KeyEncryptionKey {
  private final KmsClient kms;
  private final String keyId;

  private AwsKmsKey(KmsClient kms, String keyId) {
    this.kms = kms;
    this.keyId = keyId;
  }

  /** A client for the configured key, region and (for a compatible server) endpoint. */
  public static AwsKmsKey of(KmsProperties properties) {
    if (!properties.configured()) {
      throw new IllegalArgumentException("onramp.kms.key-id is not set");
    }
    KmsClientBuilder builder = KmsClient.builder().httpClient(UrlConnectionHttpClient.create());
    properties.regionName().map(Region::of).ifPresent(builder::region);
    properties.endpointUri().ifPresent(builder::endpointOverride);
    return new AwsKmsKey(builder.build(), Objects.requireNonNull(properties.keyId()));
  }

  @Override
  public String id() {
    return "kms:" + keyId;
  }

  @Override
  public NewDataKey generate() {
    GenerateDataKeyResponse r =
        call(
            "GenerateDataKey",
            () -> kms.generateDataKey(b -> b.keyId(keyId).keySpec(DataKeySpec.AES_256)));
    return new NewDataKey(r.plaintext().asByteArray(), r.ciphertextBlob().asByteArray());
  }

  @Override
  public byte[] wrap(byte[] dataKey) {
    return call(
            "Encrypt",
            () -> kms.encrypt(b -> b.keyId(keyId).plaintext(SdkBytes.fromByteArray(dataKey))))
        .ciphertextBlob()
        .asByteArray();
  }

  @Override
  public byte[] unwrap(byte[] wrappedDataKey) {
    DecryptResponse r =
        call(
            "Decrypt",
            () ->
                kms.decrypt(
                    b -> b.keyId(keyId).ciphertextBlob(SdkBytes.fromByteArray(wrappedDataKey))));
    return r.plaintext().asByteArray();
  }

  private <T> T call(String operation, java.util.function.Supplier<T> request) {
    try {
      return request.get();
    } catch (InvalidCiphertextException e) {
      throw new KmsException(
          "KMS "
              + operation
              + " refused a stored data key as not its own: it was changed, or sealed under"
              + " another key than "
              + keyId
              + ". Configure the key the data was written with.",
          e);
    } catch (SdkException e) {
      throw new KmsException(
          "KMS "
              + operation
              + " with key "
              + keyId
              + " failed: "
              + e.getMessage()
              + ". Check onramp.kms.key-id and region, the network path to KMS, and that this"
              + " instance's AWS credentials may use the key.",
          e);
    }
  }
}
