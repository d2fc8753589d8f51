package onramp.app.system.encryption;

import onramp.app.system.DataDirectory;
import onramp.app.system.cloud.AwsKmsKey;
import onramp.app.system.cloud.KmsProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * An AWS KMS key when {@code onramp.kms.key-id} (ONRAMP_KMS_KEY_ID) is set, else the local key
 * file; another {@link KeyEncryptionKey} bean replaces both.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(KmsProperties.class)
class EncryptionConfiguration {
  @Bean
  @ConditionalOnMissingBean(KeyEncryptionKey.class)
  KeyEncryptionKey keyEncryptionKey(DataDirectory data, KmsProperties kms) {
    if (kms.configured()) {
      return AwsKmsKey.of(kms);
    }
    return LocalKeyFile.openOrCreate(data.root().resolve("keys").resolve("kek"));
  }
}
