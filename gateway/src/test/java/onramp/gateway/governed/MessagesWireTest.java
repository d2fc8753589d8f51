package onramp.gateway.governed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import onramp.gateway.CallMetadata;
import onramp.gateway.DataClass;
import onramp.gateway.GatewayFixture;
import onramp.gateway.MessagesCall;
import onramp.gateway.StreamDeliveryException;
import onramp.gateway.audit.AuditRecord;
import onramp.gateway.audit.Outcome;
import onramp.gateway.budget.BudgetKey;
import onramp.gateway.budget.BudgetState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Messages wire through the governed gateway: streaming, unmasking, a client that leaves. */
class MessagesWireTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final GatewayFixture fx = new GatewayFixture();

  @AfterEach
  void close() {
    fx.close();
  }

  private static MessagesCall call(String text, boolean stream) throws Exception {
    ObjectNode body =
        (ObjectNode)
            JSON.readTree(
                "{\"model\":\"claude-sonnet-4-5\",\"max_tokens\":200,\"stream\":"
                    + stream
                    + ",\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":"
                    + JSON.valueToTree(text)
                    + "}]}]}");
    return MessagesCall.of(
        body, CallMetadata.of("onboarding", "licence-reader", "u1", DataClass.CUSTOMER, "test"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"claude-sonnet-4-5"}) // the Anthropic wire (Bedrock: WorkspaceIT)
  void aVendorOutageMidStreamDeliversWhatCameAndFailsWithoutRetrying(String model)
      throws Exception {
    fx.fake.enqueue(
        onramp.gateway.fake.Script.interrupted(
            onramp.gateway.fake.Script.reply(
                "The refund was issued on Monday.", onramp.gateway.Usage.of(10, 10)),
            6,
            "Overloaded"));
    MessagesCall call = call("draft a reply", true);
    call.body().put("model", model);
    List<ObjectNode> events = new ArrayList<>();

    Throwable failure = catchThrowable(() -> fx.gateway.streamMessages(call, events::add));

    assertThat(failure).isInstanceOf(onramp.gateway.VendorException.class);
    assertThat(events).extracting(e -> e.path("type").asText()).contains("content_block_delta");
    assertThat(fx.fake.received()).as("no retry once part of the answer went out").hasSize(1);
  }

  @Test
  void streamedEventsArriveInOrderWithPlaceholdersRestored() throws Exception {
    List<ObjectNode> events = new ArrayList<>();
    ObjectNode message =
        fx.gateway.streamMessages(call("write to ann@example.org today", true), events::add);
    StringBuilder text = new StringBuilder();
    events.stream()
        .filter(e -> e.path("type").asText().equals("content_block_delta"))
        .forEach(e -> text.append(e.path("delta").path("text").asText()));
    assertThat(text.toString()).isEqualTo("Echo: write to ann@example.org today");
    assertThat(events.get(0).path("type").asText()).isEqualTo("message_start");
    assertThat(events.get(0).path("message").path("model").asText()).isEqualTo("claude-sonnet-4-5");
    assertThat(events.get(events.size() - 1).path("type").asText()).isEqualTo("message_stop");
    assertThat(message.path("content").path(0).path("text").asText())
        .isEqualTo("Echo: write to ann@example.org today");
    assertThat(fx.fake.lastReceived().body()).doesNotContain("ann@example.org");
  }

  @Test
  void aClientThatLeavesMidStreamIsChargedTheReservationAndAudited() throws Exception {
    BudgetState before = fx.budgets.state(BudgetKey.team("onboarding")).orElseThrow();
    int[] seen = {0};
    StreamDeliveryException e =
        catchThrowableOfType(
            StreamDeliveryException.class,
            () ->
                fx.gateway.streamMessages(
                    call("hello", true),
                    ev -> {
                      if (++seen[0] == 2) {
                        throw new java.io.UncheckedIOException(
                            new java.io.IOException("Broken pipe"));
                      }
                    }));
    assertThat(e).isNotNull();
    assertThat(fx.fake.received()).hasSize(1); // not retried once the client had events
    AuditRecord a = fx.audit.latest(1).get(0);
    assertThat(a.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(a.errorCode()).hasValue("CLIENT_DISCONNECTED");
    BudgetState after = fx.budgets.state(BudgetKey.team("onboarding")).orElseThrow();
    assertThat(after.reserved()).isEqualByComparingTo(before.reserved());
    BigDecimal charged = after.spent().subtract(before.spent());
    assertThat(charged).isPositive().isEqualByComparingTo(a.cost());
  }

  @Test
  void aFailedCallIsReleasedAndAuditedOnce() throws Exception {
    for (int i = 0; i < 3; i++) {
      fx.fake.enqueue(onramp.gateway.fake.Script.failure(500, "boom"));
    }
    int audited = fx.audit.size();
    assertThat(
            catchThrowableOfType(
                onramp.gateway.VendorException.class, () -> fx.gateway.messages(call("x", false))))
        .hasMessageContaining("500");
    assertThat(fx.audit.size()).isEqualTo(audited + 1);
    BudgetState s = fx.budgets.state(BudgetKey.team("onboarding")).orElseThrow();
    assertThat(s.reserved()).isZero();
    assertThat(s.spent()).isZero();
  }
}
