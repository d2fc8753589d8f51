package onramp.app.system.cloud;

import onramp.app.system.encryption.KeyEncryptionKey;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The AWS KMS key-encryption key, when {@code onramp.kms.key-id} (ONRAMP_KMS_KEY_ID) is set. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(KmsProperties.class)
@ConditionalOnExpression("!'${onramp.kms.key-id:}'.isBlank()")
class KmsConfiguration {
  @Bean
  KeyEncryptionKey kmsKey(KmsProperties kms) {
    return AwsKmsKey.of(kms);
  }
}
