package onramp.app.system.cloud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import onramp.app.system.encryption.KeyEncryptionKey.NewDataKey;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The KMS adapter through the real AWS SDK against a local server speaking KMS's JSON protocol. */
class AwsKmsKeyIT {
  private static final String KEY = "arn:aws:kms:us-east-1:111122223333:key/onramp-test";
  private static FakeKms fake;

  @BeforeAll
  static void start() throws Exception {
    // the SDK's default credential chain reads these; synthetic, for the fake only
    System.setProperty("aws.accessKeyId", "AKIDEXAMPLE");
    System.setProperty("aws.secretAccessKey", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
    fake = FakeKms.start();
  }

  @AfterAll
  static void stop() {
    fake.close();
  }

  private static AwsKmsKey key(URI endpoint) {
    return AwsKmsKey.of(new KmsProperties(KEY, "us-east-1", endpoint));
  }

  @Test
  void aDataKeyComesFromGenerateDataKeyAndOpensWithDecryptOnAnotherInstance() {
    NewDataKey made = key(fake.endpoint()).generate();

    byte[] opened = key(fake.endpoint()).unwrap(made.wrapped());

    assertThat(opened).isEqualTo(made.plaintext()).hasSize(32);
    assertThat(made.wrapped()).isNotEqualTo(made.plaintext());
    assertThat(fake.calls())
        .extracting(FakeKms.Call::operation)
        .containsSubsequence("GenerateDataKey", "Decrypt");
    assertThat(fake.calls()).allSatisfy(c -> assertThat(c.keyId()).isEqualTo(KEY));
    assertThat(fake.calls())
        .allSatisfy(c -> assertThat(c.authorization()).startsWith("AWS4-HMAC-SHA256"));
    assertThat(key(fake.endpoint()).id()).isEqualTo("kms:" + KEY);
  }

  @Test
  void aKeyWrappedWithEncryptOpensToo() {
    byte[] dataKey = new byte[32];
    dataKey[0] = 7;

    assertThat(key(fake.endpoint()).unwrap(key(fake.endpoint()).wrap(dataKey))).isEqualTo(dataKey);
  }

  @Test
  void aChangedWrappedKeyIsRefusedAsNotItsOwn() {
    byte[] wrapped = key(fake.endpoint()).generate().wrapped();
    wrapped[wrapped.length - 1] ^= 1;

    assertThatThrownBy(() -> key(fake.endpoint()).unwrap(wrapped))
        .isInstanceOf(KmsException.class)
        .hasMessageContaining("KMS Decrypt refused a stored data key")
        .hasMessageContaining(KEY);
  }

  @Test
  void anUnreachableKmsSaysWhatToCheck() {
    URI nothingThere = URI.create("http://127.0.0.1:9");

    assertThatThrownBy(() -> key(nothingThere).generate())
        .isInstanceOf(KmsException.class)
        .hasMessageContaining("KMS GenerateDataKey with key " + KEY + " failed")
        .hasMessageContaining("Check onramp.kms.key-id and region");
  }
}
