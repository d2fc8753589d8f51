package onramp.app.dx;

import java.time.Clock;
import javax.sql.DataSource;
import onramp.devtools.dx.DxStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The measurements' store on serve's database (tables of db/devtools). */
@Configuration
class DxConfiguration {
  @Bean
  DxStore dxStore(DataSource db, Clock clock) {
    return DxStore.on(db, clock);
  }
}
