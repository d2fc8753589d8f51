package onramp.testsupport;

import java.nio.file.Path;
import java.util.Arrays;
import onramp.app.system.OnrampApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts one Onramp instance in its own JVM: {@code InstanceMain DATA_DIR --spring.args...}. */
public final class InstanceMain {
  private InstanceMain() {}

  public static void main(String[] args) throws InterruptedException {
    ConfigurableApplicationContext app =
        OnrampApplication.start(0, Path.of(args[0]), Arrays.copyOfRange(args, 1, args.length));
    System.out.println("INSTANCE READY on port " + OnrampApplication.port(app));
    OnrampApplication.awaitClose(app);
  }
}
