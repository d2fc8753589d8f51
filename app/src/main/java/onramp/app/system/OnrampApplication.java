package onramp.app.system;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

/** The Spring Boot application behind {@code ./onramp serve}. */
@SpringBootApplication(scanBasePackages = "onramp.app")
public class OnrampApplication {
  /**
   * Starts the web application and returns once it serves requests; close the context to stop it
   * (which also stops the embedded database).
   *
   * @param port the HTTP port, 0 for any free one (see {@link #port})
   * @param dataDir the folder for local state: embedded database, documents
   * @param springArgs further {@code --name=value} properties, e.g. {@code
   *     --spring.datasource.url=..}
   */
  public static ConfigurableApplicationContext start(int port, Path dataDir, String... springArgs) {
    List<String> args = new ArrayList<>();
    args.add("--server.port=" + port);
    args.add("--onramp.data-dir=" + dataDir.toAbsolutePath());
    args.addAll(List.of(springArgs));
    return new SpringApplication(OnrampApplication.class).run(args.toArray(String[]::new));
  }

  /**
   * As {@link #start(int, Path, String...)}, with {@code clock} as the application's clock (every
   * service that dates what it writes goes by it): {@code ./onramp demo} moves a synthetic one.
   */
  public static ConfigurableApplicationContext start(
      java.time.Clock clock, Path dataDir, String... springArgs) {
    List<String> args = new ArrayList<>();
    args.add("--server.port=0");
    args.add("--onramp.data-dir=" + dataDir.toAbsolutePath());
    args.addAll(List.of(springArgs));
    SpringApplication app = new SpringApplication(OnrampApplication.class);
    app.addInitializers(
        context -> context.getBeanFactory().registerSingleton("applicationClock", clock));
    return app.run(args.toArray(String[]::new));
  }

  /** The port the running application listens on (useful after starting on port 0). */
  public static int port(ConfigurableApplicationContext context) {
    return context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
  }

  /** Blocks until the context is closed: by {@code close()}, Ctrl-C or SIGTERM. */
  public static void awaitClose(ConfigurableApplicationContext context)
      throws InterruptedException {
    CountDownLatch closed = new CountDownLatch(1);
    context.addApplicationListener(
        (ApplicationListener<ApplicationEvent>)
            event -> {
              if (event instanceof ContextClosedEvent) {
                closed.countDown();
              }
            });
    // The poll covers a close that began before the listener was added.
    while (context.isActive() && !closed.await(1, TimeUnit.SECONDS)) {
      // waiting
    }
  }
}
