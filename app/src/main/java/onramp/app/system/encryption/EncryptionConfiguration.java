package onramp.app.system.encryption;

import onramp.app.system.DataDirectory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The local key file unless another {@link KeyEncryptionKey} bean (a KMS key) is declared. */
@Configuration(proxyBeanMethods = false)
class EncryptionConfiguration {
  @Bean
  @ConditionalOnMissingBean(KeyEncryptionKey.class)
  KeyEncryptionKey localKeyFile(DataDirectory data) {
    return LocalKeyFile.openOrCreate(data.root().resolve("keys").resolve("kek"));
  }
}
