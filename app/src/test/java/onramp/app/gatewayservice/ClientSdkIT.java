package onramp.app.gatewayservice;

import static java.util.Objects.requireNonNull;
import static org.assertj.core.api.Assertions.assertThat;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The gateway service's success test: the official npm SDKs ({@code @anthropic-ai/sdk}, {@code
 * openai}), used as their READMEs show with only the base URL and key changed, pass the Node tests
 * in {@code clients/} against it. Needs Node 20+ and npm; {@code npm ci} needs the npm registry the
 * first time.
 */
class ClientSdkIT {
  private static final NodeProject CLIENTS = NodeProject.clients();
  private static @Nullable GatewayUnderTest gateway;

  @BeforeAll
  static void installTheSdksAndStartTheGateway() {
    CLIENTS.install();
    gateway = GatewayUnderTest.startGateway();
  }

  @AfterAll
  static void stopTheGateway() {
    GatewayUnderTest running = gateway;
    if (running != null) {
      running.close();
    }
  }

  @Test
  void theOfficialNpmSdksPassTheirTestsAgainstTheGateway() {
    GatewayUnderTest gateway = requireNonNull(ClientSdkIT.gateway);

    NodeProject.Run run = CLIENTS.test(gateway.environment());

    System.out.printf(
        "client SDK tests against %s (%s): %d passed, %d skipped%n",
        gateway.baseUrl(),
        gateway.target(),
        run.count("pass").orElse(0),
        run.count("skipped").orElse(0));
    assertThat(run.exitCode())
        .as(
            () ->
                "node --test failed against "
                    + gateway.target()
                    + "; its TAP output:\n"
                    + run.output())
        .isZero();
    assertThat(run.count("fail")).as(run.output()).contains(0);
    assertThat(run.count("pass"))
        .as("tests that ran and passed\n" + run.output())
        .hasValueSatisfying(n -> assertThat(n).isPositive());
  }
}
