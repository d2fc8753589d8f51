package onramp.gateway.governed;

import static onramp.gateway.GatewayFixture.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import onramp.gateway.BudgetExceededException;
import onramp.gateway.CircuitOpenException;
import onramp.gateway.DataClass;
import onramp.gateway.Delta;
import onramp.gateway.FakeMasker;
import onramp.gateway.GatewayConfigException;
import onramp.gateway.GatewayException;
import onramp.gateway.GatewayFixture;
import onramp.gateway.InvalidOutputException;
import onramp.gateway.ModelRequest;
import onramp.gateway.ModelResponse;
import onramp.gateway.OutputSchema;
import onramp.gateway.PolicyRefusedException;
import onramp.gateway.Usage;
import onramp.gateway.VendorException;
import onramp.gateway.audit.AuditRecord;
import onramp.gateway.audit.Outcome;
import onramp.gateway.budget.BudgetKey;
import onramp.gateway.budget.BudgetState;
import onramp.gateway.fake.Script;
import onramp.gateway.masking.EntityType;
import onramp.gateway.masking.MaskingContext;
import onramp.gateway.masking.MaskingReceipt;
import onramp.gateway.masking.Replacement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GatewayTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final GatewayFixture f = new GatewayFixture();

  @AfterEach
  void close() {
    f.close();
  }

  private AuditRecord lastAudit() {
    return f.audit.latest(1).get(0);
  }

  private BudgetState team() {
    return f.budgets.state(BudgetKey.team("onboarding")).orElseThrow();
  }

  @Test
  void masksPersonalDataOnTheWireAndRestoresItInTheAnswer() {
    ModelResponse answer =
        f.gateway.call(
            request("claude-sonnet-4-5", DataClass.CUSTOMER)
                .system("The applicant writes from jane.doe@example.com.")
                .user("My SSN is 123-45-6789, mail me at jane.doe@example.com")
                .build());

    String onTheWire = f.fake.lastReceived().body();
    assertThat(onTheWire)
        .doesNotContain("jane.doe@example.com", "123-45-6789")
        .contains("[EMAIL_1]", "[SSN_1]");
    assertThat(answer.text())
        .isEqualTo("Echo: My SSN is 123-45-6789, mail me at jane.doe@example.com");
    assertThat(lastAudit().maskedEntities())
        .isEqualTo(Map.of(EntityType.EMAIL, 2, EntityType.SSN, 1));
  }

  @Test
  void restoresPlaceholdersInTypedOutput() throws Exception {
    JsonNode schema =
        JSON.readTree(
            "{\"type\":\"object\",\"properties\":{\"email\":{\"type\":\"string\"}},\"required\":[\"email\"]}");
    f.fake.enqueue(Script.output(JSON.readTree("{\"email\":\"[EMAIL_1]\"}"), Usage.of(10, 5)));

    ModelResponse answer =
        f.gateway.call(
            request("claude-sonnet-4-5", DataClass.CUSTOMER)
                .user("Contact: sam@example.org")
                .output(OutputSchema.of("contact", "The contact", schema))
                .build());

    assertThat(answer.output().orElseThrow().path("email").asText()).isEqualTo("sam@example.org");
  }

  @ParameterizedTest(name = "{0} with {1} data for {2} is refused: {3}")
  @CsvSource({
    "gpt-5, INTERNAL, translation, MODEL_UNKNOWN",
    "llama-70b, INTERNAL, rider-chat, MODEL_NOT_ALLOWED",
    "llama-70b, INTERNAL, summaries, EXCEPTION_EXPIRED",
    "llama-70b, CUSTOMER, translation, DATA_CLASS_NOT_COVERED",
    "claude-sonnet-4-5, RESTRICTED, translation, DATA_CLASS_NOT_COVERED",
    "claude-haiku-4-5, INTERNAL, translation, VENDOR_NOT_CONFIGURED"
  })
  void refusesWhatPolicyDoesNotAllowAndSendsNothing(
      String model, DataClass dataClass, String purpose, PolicyRefusedException.Reason reason) {
    ModelRequest r =
        ModelRequest.builder(model, GatewayFixture.meta(dataClass, purpose)).user("Hello").build();

    PolicyRefusedException e =
        catchThrowableOfType(PolicyRefusedException.class, () -> f.gateway.call(r));

    assertThat(e.reason()).isEqualTo(reason);
    assertThat(e.retryable()).isFalse();
    assertThat(f.fake.received()).isEmpty();
    assertThat(lastAudit().outcome()).isEqualTo(Outcome.REFUSED);
    assertThat(lastAudit().errorCode()).contains(reason.name());
  }

  @Test
  void allowsAModelUnderAValidException() {
    ModelResponse answer =
        f.gateway.call(request("llama-70b", DataClass.INTERNAL).user("Bonjour").build());

    assertThat(answer.text()).isEqualTo("Echo: Bonjour");
    assertThat(f.fake.lastReceived().path()).isEqualTo("/v1/chat/completions");
  }

  @Test
  void metersTheExactCostIncludingCacheTokens() {
    // 200k input × $3 + 100k output × $15 + 1M cache read × $0.30 + 40k 5-min write × $3.75
    // + 10k 1-hour write × $6, per million: 0.60 + 1.50 + 0.30 + 0.15 + 0.06 = $2.61
    f.fake.enqueue(Script.reply("ok", new Usage(200_000, 100_000, 1_000_000, 40_000, 10_000)));

    f.gateway.call(request("claude-sonnet-4-5", DataClass.INTERNAL).user("Hi").build());

    assertThat(lastAudit().cost()).isEqualByComparingTo("2.61");
    assertThat(team().spent()).isEqualByComparingTo("2.61");
    assertThat(team().reserved()).isEqualByComparingTo("0");
    assertThat(lastAudit().usage().cacheWrite1h()).isEqualTo(10_000);
  }

  @Test
  void retriesARateLimitAfterTheVendorsRetryAfter() {
    f.fake.enqueue(Script.rateLimited(Duration.ofSeconds(3)), Script.reply("fine", Usage.of(1, 1)));

    ModelResponse answer =
        f.gateway.call(request("claude-sonnet-4-5", DataClass.INTERNAL).user("Hi").build());

    assertThat(answer.text()).isEqualTo("fine");
    assertThat(f.fake.received()).hasSize(2);
    assertThat(f.sleeps)
        .singleElement()
        .satisfies(d -> assertThat(d).isBetween(Duration.ofSeconds(3), Duration.ofMillis(3300)));
    assertThat(lastAudit().attempts()).isEqualTo(2);
  }

  @Test
  void retriesOverloadedWithExponentialBackoffAndJitter() {
    f.fake.enqueue(Script.overloaded(), Script.overloaded(), Script.reply("fine", Usage.of(1, 1)));

    f.gateway.call(request("claude-sonnet-4-5", DataClass.INTERNAL).user("Hi").build());

    assertThat(f.sleeps).hasSize(2);
    assertThat(f.sleeps.get(0)).isBetween(Duration.ofMillis(250), Duration.ofMillis(500));
    assertThat(f.sleeps.get(1)).isBetween(Duration.ofMillis(500), Duration.ofMillis(1000));
  }

  @Test
  void reportsAFailedCallAfterTheLastAttemptAndReleasesTheBudget() {
    f.fake.enqueue(Script.overloaded(), Script.overloaded(), Script.overloaded());

    VendorException e =
        catchThrowableOfType(
            VendorException.class,
            () ->
                f.gateway.call(
                    request("claude-sonnet-4-5", DataClass.INTERNAL).user("Hi").build()));

    assertThat(e.kind()).isEqualTo(VendorException.Kind.OVERLOADED);
    assertThat(f.fake.received()).hasSize(3);
    assertThat(lastAudit().outcome()).isEqualTo(Outcome.FAILED);
    assertThat(lastAudit().attempts()).isEqualTo(3);
    assertThat(team().reserved()).isEqualByComparingTo("0");
    assertThat(team().spent()).isEqualByComparingTo("0");
  }

  @Test
  void chargesEveryAttemptTheVendorAnsweredEvenWhenTheAnswerIsRejected() throws Exception {
    JsonNode schema =
        JSON.readTree(
            "{\"type\":\"object\",\"properties\":{\"age\":{\"type\":\"integer\"}},\"required\":[\"age\"]}");
    JsonNode bad = JSON.readTree("{\"age\":\"old\"}");
    JsonNode good = JSON.readTree("{\"age\":41}");
    // each answer bills 1M input tokens at $3/MTok: the vendor charged $3 for every attempt
    f.fake.enqueue(
        Script.output(bad, Usage.of(1_000_000, 0)),
        Script.output(bad, Usage.of(1_000_000, 0)),
        Script.output(good, Usage.of(1_000_000, 0)));

    f.gateway.call(
        request("claude-sonnet-4-5", DataClass.INTERNAL)
            .user("How old?")
            .output(OutputSchema.of("age", "Age", schema))
            .build());

    assertThat(f.fake.received()).hasSize(3);
    assertThat(team().spent()).isEqualByComparingTo("9");
    assertThat(team().reserved()).isEqualByComparingTo("0");
    assertThat(lastAudit().cost()).isEqualByComparingTo("9");
    assertThat(lastAudit().usage().input()).isEqualTo(3_000_000);
  }

  @Test
  void chargesRejectedAnswersWhenEveryAttemptFails() throws Exception {
    JsonNode schema =
        JSON.readTree(
            "{\"type\":\"object\",\"properties\":{\"age\":{\"type\":\"integer\"}},\"required\":[\"age\"]}");
    JsonNode bad = JSON.readTree("{\"age\":\"old\"}");
    f.fake.enqueue(
        Script.output(bad, Usage.of(1_000_000, 0)),
        Script.output(bad, Usage.of(1_000_000, 0)),
        Script.output(bad, Usage.of(1_000_000, 0)));

    InvalidOutputException e =
        catchThrowableOfType(
            InvalidOutputException.class,
            () ->
                f.gateway.call(
                    request("claude-sonnet-4-5", DataClass.INTERNAL)
                        .user("How old?")
                        .output(OutputSchema.of("age", "Age", schema))
                        .build()));

    assertThat(e).isNotNull();
    assertThat(team().spent()).isEqualByComparingTo("9");
    assertThat(team().reserved()).isEqualByComparingTo("0");
    assertThat(lastAudit().outcome()).isEqualTo(Outcome.FAILED);
    assertThat(lastAudit().cost()).isEqualByComparingTo("9");
  }

  @Test
  void chargesTheWorstCaseWhenTheVendorsAnswerIsLost() {
    GatewayFixture g = new GatewayFixture(null, onramp.gateway.resilience.RetryPolicy.none());
    try (g) {
      // the vendor answered (and billed) but the answer cannot be read: usage is unknown
      g.fake.enqueue(Script.malformed("{\"type\":\"message\",\"content\":"));

      VendorException e =
          catchThrowableOfType(
              VendorException.class,
              () ->
                  g.gateway.call(
                      request("claude-sonnet-4-5", DataClass.INTERNAL)
                          .user("Hi")
                          .maxTokens(1000)
                          .build()));

      assertThat(e.kind()).isEqualTo(VendorException.Kind.MALFORMED_RESPONSE);
      BudgetState team = g.budgets.state(BudgetKey.team("onboarding")).orElseThrow();
      // worst case: at least 1000 output tokens at $15/MTok
      assertThat(team.spent()).isGreaterThanOrEqualTo(new BigDecimal("0.015"));
      assertThat(team.reserved()).isEqualByComparingTo("0");
      AuditRecord a = g.audit.latest(1).getFirst();
      assertThat(a.cost()).isEqualByComparingTo(team.spent());
      assertThat(a.costEstimated()).isTrue();
    }
  }

  @Test
  void doesNotRetryARequestTheVendorRejects() {
    f.fake.enqueue(Script.failure(400, "messages: roles must alternate"));

    VendorException e =
        catchThrowableOfType(
            VendorException.class,
            () ->
                f.gateway.call(
                    request("claude-sonnet-4-5", DataClass.INTERNAL).user("Hi").build()));

    assertThat(e.fault()).isEqualTo(GatewayException.Fault.CALLER);
    assertThat(f.fake.received()).hasSize(1);
    assertThat(f.sleeps).isEmpty();
  }

  @Test
  void opensTheCircuitAfterRepeatedFailuresAndTriesAgainLater() {
    GatewayFixture g = new GatewayFixture(null, onramp.gateway.resilience.RetryPolicy.none());
    try (g) {
      ModelRequest r = request("claude-sonnet-4-5", DataClass.INTERNAL).user("Hi").build();
      for (int i = 0; i < 3; i++) {
        g.fake.enqueue(Script.failure(500, "boom"));
        assertThat(catchThrowableOfType(VendorException.class, () -> g.gateway.call(r)))
            .isNotNull();
      }

      CircuitOpenException open =
          catchThrowableOfType(CircuitOpenException.class, () -> g.gateway.call(r));

      assertThat(open.retryable()).isTrue();
      assertThat(g.fake.received()).hasSize(3);
      assertThat(g.gateway.breakerState(GatewayFixture.ANTHROPIC)).isEqualTo("OPEN");
      g.clock.advance(Duration.ofSeconds(31));
      assertThat(g.gateway.call(r).text()).isEqualTo("Echo: Hi");
      assertThat(g.gateway.breakerState(GatewayFixture.ANTHROPIC)).isEqualTo("CLOSED");
    }
  }

  @Test
  void refusesACallItsBudgetCannotCover() {
    // worst case of 4M output tokens at $15/MTok is $60, over the tool's $50
    ModelRequest r =
        request("claude-sonnet-4-5", DataClass.INTERNAL).user("Hi").maxTokens(4_000_000).build();

    BudgetExceededException e =
        catchThrowableOfType(BudgetExceededException.class, () -> f.gateway.call(r));

    assertThat(e.getMessage()).contains("tool licence-reader", "Lower maxTokens");
    assertThat(f.fake.received()).isEmpty();
    assertThat(lastAudit().errorCode()).contains("BUDGET_EXCEEDED");
  }

  @Test
  void sendsPublicAndInternalTextUntouchedButAuditsItMasked() {
    f.gateway.call(
        request("claude-sonnet-4-5", DataClass.PUBLIC)
            .user("Press contact: jane.doe@example.com")
            .build());

    assertThat(f.fake.lastReceived().body()).contains("jane.doe@example.com");
    assertThat(lastAudit().maskedEntities()).isEmpty();
    assertThat(lastAudit().prompt()).get().asString().doesNotContain("jane.doe@example.com");
  }

  @Test
  void tellsTheCallerWhatWasMasked() {
    MaskingReceipt receipt = new MaskingReceipt();
    f.gateway.call(
        request("claude-sonnet-4-5", DataClass.CUSTOMER)
            .user("SSN 123-45-6789, mail jane.doe@example.com or jane.doe@example.com")
            .masking(MaskingContext.none().reportingTo(receipt))
            .build());

    assertThat(receipt.replacements())
        .extracting(Replacement::type, Replacement::original)
        .containsExactlyInAnyOrder(
            tuple(EntityType.SSN, "123-45-6789"), tuple(EntityType.EMAIL, "jane.doe@example.com"));
    assertThat(f.fake.lastReceived().body()).contains(receipt.replacements().get(0).placeholder());
  }

  @Test
  void neverAuditsPromptTextOfCustomerData() {
    f.gateway.call(
        request("claude-sonnet-4-5", DataClass.CUSTOMER).user("Refund for ride 42").build());
    AuditRecord customer = lastAudit();
    f.gateway.call(
        request("claude-sonnet-4-5", DataClass.INTERNAL).user("Summarise a@b.io's note").build());
    AuditRecord internal = lastAudit();

    assertThat(customer.prompt()).isEmpty();
    assertThat(internal.prompt()).get().asString().contains("[EMAIL_1]").doesNotContain("a@b.io");
  }

  @Test
  void auditsWhoCalledWhatAndForHowMuch() {
    f.gateway.call(request("claude-sonnet-4-5", DataClass.INTERNAL).user("Hi").build());

    AuditRecord a = lastAudit();
    assertThat(a.caller()).isEqualTo(GatewayFixture.meta(DataClass.INTERNAL, "translation"));
    assertThat(a.vendor()).contains("anthropic");
    assertThat(a.model()).isEqualTo("claude-sonnet-4-5");
    assertThat(a.usage()).isEqualTo(new Usage(12, 7, 0, 0, 0));
    assertThat(a.cost()).isEqualByComparingTo(new BigDecimal("0.000141")); // 12×3 + 7×15 = 141 µ$
    assertThat(a.outcome()).isEqualTo(Outcome.OK);
    assertThat(a.vendorRequestId()).get().asString().startsWith("req_fake");
  }

  @Test
  void rejectsTypedOutputThatDoesNotMatchTheSchema() throws Exception {
    JsonNode schema =
        JSON.readTree(
            "{\"type\":\"object\",\"properties\":{\"age\":{\"type\":\"integer\"}},\"required\":[\"age\"]}");
    JsonNode bad = JSON.readTree("{\"age\":\"old\"}");
    f.fake.enqueue(
        Script.output(bad, Usage.of(1, 1)),
        Script.output(bad, Usage.of(1, 1)),
        Script.output(bad, Usage.of(1, 1)));

    InvalidOutputException e =
        catchThrowableOfType(
            InvalidOutputException.class,
            () ->
                f.gateway.call(
                    request("claude-sonnet-4-5", DataClass.INTERNAL)
                        .user("How old?")
                        .output(OutputSchema.of("age", "Age", schema))
                        .build()));

    assertThat(e.violations()).containsExactly("$.age: expected \"integer\" but was string");
    assertThat(f.fake.received()).hasSize(3);
  }

  @Test
  void streamsUnmaskedTextEvenWhenAPlaceholderIsSplitAcrossDeltas() {
    java.util.List<Delta> deltas = new java.util.ArrayList<>();

    f.gateway.stream(
        request("claude-sonnet-4-5", DataClass.CUSTOMER)
            .user("Write to x@y.com or 123-45-6789")
            .build(),
        deltas::add);

    String streamed =
        deltas.stream()
            .filter(d -> d instanceof Delta.TextDelta)
            .map(d -> ((Delta.TextDelta) d).text())
            .collect(java.util.stream.Collectors.joining());
    assertThat(streamed).isEqualTo("Echo: Write to x@y.com or 123-45-6789");
    assertThat(deltas).last().isInstanceOf(Delta.Done.class);
    assertThat(((Delta.Done) deltas.get(deltas.size() - 1)).response().text()).isEqualTo(streamed);
    assertThat(f.fake.lastReceived().body())
        .doesNotContain("x@y.com", "123-45-6789")
        .contains("\"stream\":true");
    assertThat(lastAudit().outcome()).isEqualTo(Outcome.OK);
    assertThat(lastAudit().cost()).isEqualByComparingTo("0.000141");
  }

  @Test
  void retriesAStreamThatFailsBeforeItsFirstDelta() {
    f.fake.enqueue(Script.overloaded(), Script.reply("second time lucky", Usage.of(1, 1)));
    StringBuilder text = new StringBuilder();

    f.gateway.stream(
        request("claude-sonnet-4-5", DataClass.INTERNAL).user("Hi").build(),
        d -> {
          if (d instanceof Delta.TextDelta t) {
            text.append(t.text());
          }
        });

    assertThat(text).hasToString("second time lucky");
    assertThat(f.sleeps).hasSize(1);
    assertThat(lastAudit().attempts()).isEqualTo(2);
  }

  @Test
  void failsTheCallWhenItCannotBeAudited() {
    onramp.gateway.audit.AuditLog broken =
        new onramp.gateway.audit.AuditLog() {
          @Override
          public void append(AuditRecord record) {
            throw new GatewayConfigException("audit store down");
          }

          @Override
          public java.util.List<AuditRecord> latest(int limit) {
            return java.util.List.of();
          }
        };
    Gateway g =
        Gateway.builder(GatewayFixture.policy(), GatewayFixture.prices(), new FakeMasker())
            .adapter(
                onramp.gateway.adapter.anthropic.AnthropicAdapter.direct(
                    new onramp.gateway.adapter.anthropic.DirectSettings(
                        GatewayFixture.ANTHROPIC,
                        "k",
                        java.util.Optional.of(f.fake.baseUri()),
                        Duration.ofSeconds(5))))
            .budgets(f.budgets)
            .audit(broken)
            .build();

    GatewayConfigException e =
        catchThrowableOfType(
            GatewayConfigException.class,
            () -> g.call(request("claude-sonnet-4-5", DataClass.INTERNAL).user("Hi").build()));

    assertThat(e).hasMessageContaining("audit store down");
    assertThat(team().reserved()).isEqualByComparingTo("0");
  }

  @Test
  void keepsTheOriginalFailureWhenAuditAlsoFails() {
    onramp.gateway.audit.AuditLog broken =
        new onramp.gateway.audit.AuditLog() {
          @Override
          public void append(AuditRecord record) {
            throw new GatewayConfigException("audit store down");
          }

          @Override
          public java.util.List<AuditRecord> latest(int limit) {
            return java.util.List.of();
          }
        };
    Gateway g =
        Gateway.builder(GatewayFixture.policy(), GatewayFixture.prices(), new FakeMasker())
            .budgets(f.budgets)
            .audit(broken)
            .build();

    PolicyRefusedException e =
        catchThrowableOfType(
            PolicyRefusedException.class,
            () -> g.call(request("gpt-5", DataClass.INTERNAL).user("Hi").build()));

    assertThat(e.getSuppressed())
        .singleElement()
        .satisfies(s -> assertThat(s).hasMessage("audit store down"));
  }
}
