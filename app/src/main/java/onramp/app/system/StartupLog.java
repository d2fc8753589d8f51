package onramp.app.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The one line a person needs once the server is up: where to point the browser. */
@Component
class StartupLog {
  private static final Logger log = LoggerFactory.getLogger(OnrampApplication.class);
  private final DatabaseSetup database;

  StartupLog(DatabaseSetup database) {
    this.database = database;
  }

  @EventListener
  void ready(ApplicationReadyEvent event) {
    int port = OnrampApplication.port(event.getApplicationContext());
    log.info(
        "Onramp is ready at http://localhost:{}/ (started in {} ms; database {})",
        port,
        event.getTimeTaken() == null ? "?" : event.getTimeTaken().toMillis(),
        database.where());
  }
}
