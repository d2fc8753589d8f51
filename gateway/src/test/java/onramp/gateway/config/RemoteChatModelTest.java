package onramp.gateway.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import onramp.gateway.CallMetadata;
import onramp.gateway.DataClass;
import onramp.gateway.GatewayFixture;
import onramp.gateway.InvalidOutputException;
import onramp.gateway.ModelRequest;
import onramp.gateway.ModelResponse;
import onramp.gateway.OutputSchema;
import onramp.gateway.Usage;
import onramp.gateway.VendorException;
import onramp.gateway.budget.BudgetKey;
import onramp.gateway.fake.Script;
import onramp.gateway.keys.InMemoryKeyStore;
import onramp.gateway.keys.IssuedKey;
import onramp.gateway.keys.KeyGrant;
import onramp.gateway.service.GatewayServer;
import onramp.gateway.service.GatewayService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A client of the gateway service with a virtual key: service and fake vendor on loopback. */
class RemoteChatModelTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final OutputSchema ANSWER =
      OutputSchema.of(
          "answer",
          "one number",
          JSON.createObjectNode()
              .put("type", "object")
              .set(
                  "properties",
                  JSON.createObjectNode()
                      .set("n", JSON.createObjectNode().put("type", "integer"))));

  private GatewayFixture fx;
  private GatewayServer server;
  private IssuedKey key;

  @BeforeEach
  void start() {
    fx = new GatewayFixture();
    fx.budgets.setLimit(BudgetKey.team("engineering"), new BigDecimal("10"));
    fx.budgets.setLimit(BudgetKey.tool("ts-assistant"), new BigDecimal("10"));
    InMemoryKeyStore keys = InMemoryKeyStore.create(fx.clock);
    key =
        keys.issue(
            new KeyGrant(
                "engineering",
                "ts-assistant",
                Optional.of("ci"),
                Set.of(),
                DataClass.INTERNAL,
                Optional.empty(),
                Optional.empty(),
                Optional.empty()));
    server =
        GatewayServer.startOnLoopback(
            GatewayService.create(fx.gateway, keys, fx.clock, Duration.ofSeconds(5), 1 << 20), 0);
  }

  @AfterEach
  void stop() {
    server.close();
    fx.close();
  }

  private static ModelRequest ask() {
    return ModelRequest.builder(
            "claude-sonnet-4-5",
            CallMetadata.of("engineering", "ts-assistant", "ci", DataClass.INTERNAL, "code review"))
        .user("how many?")
        .output(ANSWER)
        .maxTokens(100)
        .build();
  }

  @Test
  void typedOutputComesBackThroughTheServiceAndTheServiceAuditsTheKey() throws Exception {
    fx.fake.enqueue(Script.output(JSON.readTree("{\"n\":3}"), new Usage(20, 5, 0, 0, 0)));
    try (RemoteChatModel model =
        GatewayFactory.remote(server.baseUri(), key.secret(), Duration.ofSeconds(5))) {
      ModelResponse r = model.call(ask());

      assertThat(r.output().map(o -> o.path("n").asInt())).contains(3);
      assertThat(r.usage().input()).isEqualTo(20);
    }
    // the vendor saw the routed model id: the service, not the client, chose the vendor
    assertThat(fx.fake.lastReceived().json().path("model").asText())
        .isEqualTo("claude-sonnet-4-5-20250929");
    assertThat(fx.audit.latest(1).get(0).caller().tool()).isEqualTo("ts-assistant");
  }

  @Test
  void outputThatDoesNotMatchTheSchemaIsRefusedWithThePath() throws Exception {
    JsonNode wrong = JSON.readTree("{\"n\":\"three\"}");
    fx.fake.enqueue(Script.output(wrong, new Usage(20, 5, 0, 0, 0)));
    try (RemoteChatModel model =
        GatewayFactory.remote(server.baseUri(), key.secret(), Duration.ofSeconds(5))) {
      assertThatThrownBy(() -> model.call(ask()))
          .isInstanceOf(InvalidOutputException.class)
          .hasMessageContaining("$.n: expected \"integer\"");
    }
  }

  @Test
  void aWrongKeyIsRefusedByTheService() {
    try (RemoteChatModel model =
        GatewayFactory.remote(server.baseUri(), "onr_not-a-key", Duration.ofSeconds(5))) {
      assertThatThrownBy(() -> model.call(ask()))
          .isInstanceOfSatisfying(
              VendorException.class,
              e -> assertThat(e.kind()).isEqualTo(VendorException.Kind.UNAUTHORIZED));
    }
    assertThat(fx.fake.received()).isEmpty();
  }

  @Test
  void refusesAnAddressThatIsNotHttpAndAnEmptyKey() {
    assertThatThrownBy(
            () -> GatewayFactory.remote(URI.create("ftp://x"), "k", Duration.ofSeconds(1)))
        .hasMessageContaining("must be an http(s) URL");
    assertThatThrownBy(
            () ->
                GatewayFactory.remote(URI.create("http://127.0.0.1:1"), " ", Duration.ofSeconds(1)))
        .hasMessageContaining("./onramp keys create");
  }
}
