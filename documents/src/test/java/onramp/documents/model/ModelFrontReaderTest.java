package onramp.documents.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import onramp.documents.Evidence;
import onramp.documents.Source;
import onramp.documents.front.FrontField;
import onramp.documents.front.FrontReading;
import onramp.gateway.DataClass;
import onramp.gateway.Usage;
import onramp.gateway.audit.AuditRecord;
import onramp.gateway.audit.Outcome;
import onramp.gateway.fake.ReceivedRequest;
import onramp.gateway.fake.Script;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ModelFrontReaderTest {
  private final ModelFixture f = new ModelFixture();

  @AfterEach
  void close() {
    f.close();
  }

  @Test
  void readsEveryFieldOfTheFrontWithSourceModel() {
    f.fake.enqueue(Script.output(Answer.marisol().json(), Usage.of(1500, 180)));

    FrontReading reading = f.frontReader().read(ModelFixture.marisolFront(), "APP-0042");

    assertThat(reading.fields())
        .containsExactlyInAnyOrderEntriesOf(
            Map.ofEntries(
                model(FrontField.LICENSE_NUMBER, "R9930417"),
                model(FrontField.LAST_NAME, "QUINTERO"),
                model(FrontField.FIRST_NAME, "MARISOL"),
                model(FrontField.MIDDLE_NAME, "ANN"),
                model(FrontField.DATE_OF_BIRTH, "1990-07-04"),
                model(FrontField.ISSUE_DATE, "2023-02-10"),
                model(FrontField.EXPIRATION_DATE, "2031-07-04"),
                model(FrontField.SEX, "F"),
                model(FrontField.HEIGHT, "64"),
                model(FrontField.LICENSE_CLASS, "C"),
                model(FrontField.ENDORSEMENTS, "NONE"),
                model(FrontField.RESTRICTIONS, "NONE")));
    assertThat(reading.rawText()).contains("\"licenseNumber\"");
  }

  @Test
  void sendsTheImageAndTheSchemaToBedrockAndNothingAboutTheApplicant() throws IOException {
    f.fake.enqueue(Script.output(Answer.marisol().json(), Usage.of(1500, 180)));

    f.frontReader().read(ModelFixture.marisolFront(), "APP-0042");

    ReceivedRequest sent = f.fake.lastReceived();
    assertThat(sent.path()).isEqualTo("/model/" + ModelFixture.HAIKU_ID + "/invoke");
    assertThat(sent.header("authorization").orElseThrow())
        .startsWith("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/");
    JsonNode body = sent.json();
    JsonNode content = body.path("messages").path(0).path("content");
    JsonNode image = content.path(0);
    assertThat(image.path("type").asText()).isEqualTo("image");
    assertThat(image.path("source").path("type").asText()).isEqualTo("base64");
    assertThat(image.path("source").path("media_type").asText()).isIn("image/png", "image/jpeg");
    BufferedImage decoded =
        ImageIO.read(
            new ByteArrayInputStream(
                Base64.getDecoder().decode(image.path("source").path("data").asText())));
    assertThat(decoded.getWidth()).isEqualTo(1012);
    assertThat(decoded.getHeight()).isEqualTo(638);
    assertThat(content.path(1).path("text").asText()).isEqualTo("Read this licence front.");
    assertThat(body.path("tools").path(0).path("name").asText()).isEqualTo("licence_front");
    assertThat(body.path("tool_choice").path("name").asText()).isEqualTo("licence_front");
    assertThat(fieldNames(body.path("tools").path(0).path("input_schema").path("properties")))
        .containsExactly(
            "licenseNumber",
            "lastName",
            "firstName",
            "middleName",
            "dateOfBirth",
            "issueDate",
            "expirationDate",
            "sex",
            "heightInches",
            "licenseClass",
            "endorsements",
            "restrictions");
    assertThat(
            body.path("tools")
                .path(0)
                .path("input_schema")
                .path("properties")
                .path("sex")
                .path("required")
                .toString())
        .isEqualTo("[\"value\",\"legible\"]");
    JsonNode system = body.path("system");
    assertThat(system.isArray() ? system.path(0).path("text").asText() : system.asText())
        .as("the real masker leaves the fixed prompt alone")
        .isEqualTo(ModelFrontReader.TASK.system());
    assertThat(f.audit.latest(1).get(0).maskedEntities()).isEmpty();
    ((com.fasterxml.jackson.databind.node.ObjectNode) image.path("source")).remove("data");
    assertThat(body.toString())
        .as("the request without its image")
        .doesNotContain("QUINTERO", "MARISOL", "R9930417", "APP-0042", "1990");
  }

  @Test
  void recordsTheCallInTheAuditAsRestrictedWithoutThePrompt() {
    f.fake.enqueue(Script.output(Answer.marisol().json(), Usage.of(1500, 180)));

    f.frontReader().read(ModelFixture.marisolFront(), "APP-0042");

    AuditRecord record = f.audit.latest(1).get(0);
    assertThat(record.caller().team()).isEqualTo("onboarding");
    assertThat(record.caller().tool()).isEqualTo("licence-front-reader");
    assertThat(record.caller().user()).isEqualTo("APP-0042");
    assertThat(record.caller().dataClass()).isEqualTo(DataClass.RESTRICTED);
    assertThat(record.caller().purpose()).isEqualTo("driver onboarding: read licence front");
    assertThat(record.vendor()).contains("bedrock");
    assertThat(record.outcome()).isEqualTo(Outcome.OK);
    assertThat(record.prompt()).isEmpty();
    assertThat(record.cost()).isEqualByComparingTo("0.00240"); // 1500 × $1/M + 180 × $5/M
  }

  @Test
  void dropsInvalidIllegibleAndUnexpectedValuesAndKeepsTheRest() {
    f.fake.enqueue(
        Script.output(
            Answer.marisol()
                .put("dateOfBirth", "13/45/2026")
                .put("sex", "Q")
                .put("heightInches", 140)
                .put("licenseNumber", "R99#0417")
                .illegible("lastName", "QUINTER0")
                .absent("middleName")
                .extra("socialSecurityNumber", "123-45-6789")
                .json(),
            Usage.of(1500, 180)));

    FrontReading reading = f.frontReader().read(ModelFixture.marisolFront(), "APP-0042");

    assertThat(reading.fields().keySet())
        .doesNotContain(
            FrontField.DATE_OF_BIRTH,
            FrontField.SEX,
            FrontField.HEIGHT,
            FrontField.LICENSE_NUMBER,
            FrontField.LAST_NAME,
            FrontField.MIDDLE_NAME)
        .containsExactlyInAnyOrder(
            FrontField.FIRST_NAME,
            FrontField.ISSUE_DATE,
            FrontField.EXPIRATION_DATE,
            FrontField.LICENSE_CLASS,
            FrontField.ENDORSEMENTS,
            FrontField.RESTRICTIONS);
    assertThat(reading.value(FrontField.FIRST_NAME)).contains("MARISOL");
    assertThat(reading.fields().values()).extracting(Evidence::value).doesNotContain("123-45-6789");
  }

  @Test
  void acceptsAValueInAnotherPrintedFormatWithLowerConfidence() {
    f.fake.enqueue(
        Script.output(
            Answer.marisol().put("dateOfBirth", "07/04/1990").put("lastName", "Quintero").json(),
            Usage.of(1, 1)));

    FrontReading reading = f.frontReader().read(ModelFixture.marisolFront(), "APP-0042");

    assertThat(reading.field(FrontField.DATE_OF_BIRTH))
        .contains(Evidence.of("1990-07-04", Source.MODEL, FrontAnswer.NORMALISED));
    assertThat(reading.field(FrontField.LAST_NAME))
        .contains(Evidence.of("QUINTERO", Source.MODEL, 0.75));
  }

  @Test
  void retriesAnOverloadedVendorTransparently() {
    f.fake.enqueue(
        Script.overloaded(), Script.output(Answer.marisol().json(), Usage.of(1500, 180)));

    FrontReading reading = f.frontReader().read(ModelFixture.marisolFront(), "APP-0042");

    assertThat(reading.value(FrontField.LICENSE_NUMBER)).contains("R9930417");
    assertThat(f.fake.received()).hasSize(2);
    assertThat(f.sleeps).hasSize(1);
    assertThat(f.audit.latest(1).get(0).attempts()).isEqualTo(2);
  }

  @Test
  void aPersistentlyOverloadedVendorMeansTryLater() {
    f.fake.enqueue(Script.overloaded(), Script.overloaded(), Script.overloaded());

    ModelTryLaterException e =
        catchThrowableOfType(
            ModelTryLaterException.class,
            () -> f.frontReader().read(ModelFixture.marisolFront(), "APP-0042"));

    assertThat(e.code()).isEqualTo("VENDOR_OVERLOADED");
    assertThat(e.retryable()).isTrue();
    assertThat(e).hasMessageStartingWith("model step unavailable for now, try later: ");
    assertThat(f.fake.received()).hasSize(3);
    assertThat(f.audit.latest(1).get(0).outcome()).isEqualTo(Outcome.FAILED);
  }

  @Test
  void anOpenBreakerMeansTryLaterWhenItReopens() {
    f.fake.enqueue(Script.overloaded(), Script.overloaded(), Script.overloaded());
    assertThat(
            catchThrowableOfType(
                ModelTryLaterException.class,
                () -> f.frontReader().read(ModelFixture.marisolFront())))
        .isNotNull();

    ModelTryLaterException e =
        catchThrowableOfType(
            ModelTryLaterException.class, () -> f.frontReader().read(ModelFixture.marisolFront()));

    assertThat(e.code()).isEqualTo("CIRCUIT_OPEN");
    assertThat(e.notBefore()).contains(ModelFixture.NOW.plusSeconds(30));
    assertThat(f.fake.received()).hasSize(3);
  }

  @Test
  void aRateLimitLongerThanTheGatewayWaitsIsTryLaterAfterTheVendorsRetryAfter() {
    f.fake.enqueue(Script.rateLimited(Duration.ofSeconds(120)));

    ModelTryLaterException e =
        catchThrowableOfType(
            ModelTryLaterException.class, () -> f.frontReader().read(ModelFixture.marisolFront()));

    assertThat(e.code()).isEqualTo("VENDOR_RATE_LIMITED");
    assertThat(e.notBefore()).contains(ModelFixture.NOW.plusSeconds(120));
  }

  @Test
  void anAnswerThatKeepsMissingItsSchemaMeansTryLater() {
    JsonNode wrongType = Answer.marisol().put("heightInches", "5'-04\"").json();
    f.fake.enqueue(
        Script.output(wrongType, Usage.of(1, 1)),
        Script.output(wrongType, Usage.of(1, 1)),
        Script.reply("I cannot use tools.", Usage.of(1, 1)));

    ModelTryLaterException e =
        catchThrowableOfType(
            ModelTryLaterException.class, () -> f.frontReader().read(ModelFixture.marisolFront()));

    assertThat(e.code()).isEqualTo("INVALID_OUTPUT");
    assertThat(f.fake.received()).hasSize(3);
  }

  @Test
  void anAnswerOfTheWrongTypeIsRetriedByTheGateway() {
    f.fake.enqueue(
        Script.output(Answer.marisol().put("heightInches", "5'-04\"").json(), Usage.of(1, 1)),
        Script.output(Answer.marisol().json(), Usage.of(1, 1)));

    FrontReading reading = f.frontReader().read(ModelFixture.marisolFront());

    assertThat(reading.value(FrontField.HEIGHT)).contains("64");
  }

  @Test
  void aDataClassTheVendorDoesNotCoverTurnsTheStepOffAndSendsNothing() {
    ModelFrontReader reader = ModelFrontReader.of(f.gateway, ModelFixture.NARROW, f.clock);

    ModelStepOffException e =
        catchThrowableOfType(
            ModelStepOffException.class, () -> reader.read(ModelFixture.marisolFront()));

    assertThat(e).hasMessageStartingWith("model step off: ");
    assertThat(e.code()).isEqualTo("DATA_CLASS_NOT_COVERED");
    assertThat(e.retryable()).isFalse();
    assertThat(f.fake.received()).isEmpty();
  }

  @Test
  void aToolWithoutBudgetTurnsTheStepOff() {
    try (ModelFixture noBudget = new ModelFixture(false)) {
      ModelStepOffException e =
          catchThrowableOfType(
              ModelStepOffException.class,
              () -> noBudget.frontReader().read(ModelFixture.marisolFront()));

      assertThat(e.code()).isEqualTo("BUDGET_EXCEEDED");
      assertThat(e.reason()).contains("licence-front-reader");
      assertThat(noBudget.fake.received()).isEmpty();
    }
  }

  @Test
  void aRequestTheVendorRejectsTurnsTheStepOff() {
    f.fake.enqueue(Script.failure(400, "messages.0.content.0.image.source: invalid base64"));

    ModelStepOffException e =
        catchThrowableOfType(
            ModelStepOffException.class, () -> f.frontReader().read(ModelFixture.marisolFront()));

    assertThat(e.code()).isEqualTo("VENDOR_BAD_REQUEST");
    assertThat(f.fake.received()).hasSize(1);
  }

  private static Map.Entry<FrontField, Evidence<String>> model(FrontField field, String value) {
    return Map.entry(field, Evidence.of(value, Source.MODEL, FrontAnswer.EXACT));
  }

  private static List<String> fieldNames(JsonNode object) {
    List<String> names = new java.util.ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
