package onramp.app.system.encryption;

import onramp.app.system.DataDirectory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The local key file when no KMS key is configured ({@code onramp.kms.key-id} unset; with it,
 * {@code onramp.app.system.cloud.KmsConfiguration} declares the key) and no other {@link
 * KeyEncryptionKey} bean is declared.
 */
@Configuration(proxyBeanMethods = false)
class EncryptionConfiguration {
  @Bean
  @ConditionalOnMissingBean(KeyEncryptionKey.class)
  @ConditionalOnExpression("'${onramp.kms.key-id:}'.isBlank()")
  KeyEncryptionKey localKeyFile(DataDirectory data) {
    return LocalKeyFile.openOrCreate(data.root().resolve("keys").resolve("kek"));
  }
}
