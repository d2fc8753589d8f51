package onramp.onboarding.licence;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import onramp.documents.Source;
import onramp.documents.aamva.AamvaEncoder;
import onramp.documents.aamva.AamvaLicence;
import onramp.documents.aamva.Address;
import onramp.documents.aamva.Country;
import onramp.documents.aamva.Sex;
import onramp.documents.image.ImageBytes;
import onramp.documents.model.ModelReaders;
import onramp.documents.synthetic.BackStyle;
import onramp.documents.synthetic.LicenceBackRenderer;
import onramp.gateway.ChatModel;
import onramp.gateway.ModelResponse;
import onramp.gateway.StopReason;
import onramp.gateway.Usage;
import onramp.gateway.Vendor;
import onramp.gateway.VendorException;
import onramp.onboarding.TestReaders;
import onramp.onboarding.application.Documents;
import onramp.onboarding.casefile.FrontSide;
import onramp.onboarding.decision.Reason;
import onramp.onboarding.decision.ReasonCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When OCR cannot read the licence front, the model reads it (through the {@link ChatModel} port;
 * the wire protocol is tested in documents' ModelFrontReaderTest against the fake vendor server),
 * and the barcode still decides: the model's values only confirm or contradict it.
 */
class ModelFallbackTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path folder;

  private void writeFolderWithUnreadableFront() throws Exception {
    AamvaLicence licence =
        AamvaLicence.builder()
            .jurisdiction("VA")
            .documentType("DL")
            .licenseNumber("T12345678")
            .lastName("QUINN")
            .firstName("JORDAN")
            .dateOfBirth(LocalDate.of(1990, 4, 18))
            .issueDate(LocalDate.of(2020, 5, 1))
            .expirationDate(LocalDate.of(2028, 4, 18))
            .sex(Sex.MALE)
            .address(
                new Address(
                    "100 EXAMPLE WAY", Optional.empty(), "RICHMOND", "VA", "23219", Country.USA))
            .licenseClass("C")
            .endorsements("")
            .restrictions("")
            .build();
    String payload = AamvaEncoder.encode(licence);
    Files.write(
        folder.resolve("dl-back.png"),
        ImageBytes.toPng(
            LicenceBackRenderer.render(
                payload, LicenceBackRenderer.fitted(payload, BackStyle.standard()))));
    BufferedImage blank = new BufferedImage(1012, 638, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = blank.createGraphics();
    g.setColor(new Color(200, 205, 210));
    g.fillRect(0, 0, 1012, 638);
    g.dispose();
    Files.write(folder.resolve("dl-front.png"), ImageBytes.toPng(blank));
  }

  private static ChatModel answering(String dateOfBirth, AtomicInteger calls) {
    return request -> {
      calls.incrementAndGet();
      ObjectNode answer = JSON.createObjectNode();
      Map.of(
              "licenseNumber",
              "T12345678",
              "lastName",
              "QUINN",
              "firstName",
              "JORDAN",
              "dateOfBirth",
              dateOfBirth,
              "expirationDate",
              "2028-04-18")
          .forEach((k, v) -> answer.putObject(k).put("value", v).put("legible", true));
      return new ModelResponse(
          "",
          Optional.of(answer),
          StopReason.TOOL_USE,
          Usage.of(1500, 150),
          Duration.ofMillis(5),
          "req-1",
          "claude-haiku-4-5");
    };
  }

  private List<Reason> read(ModelReaders models) {
    LicenceRead read =
        AamvaLicenceReader.standard(TestReaders.front(), models).read(Documents.inFolder(folder));
    var file =
        new onramp.onboarding.casefile.CaseFile(
            onramp.onboarding.Fixtures.application(),
            read.licence(),
            read.front(),
            Optional.empty(),
            List.of(),
            Optional.empty(),
            onramp.onboarding.Fixtures.TODAY);
    var reasons = new java.util.ArrayList<>(read.problems());
    reasons.addAll(new FrontBackRule().check(file));
    return reasons;
  }

  @Test
  void asksTheModelForWhatOcrCouldNotReadAndConfirmsTheBarcodeWithIt() throws Exception {
    writeFolderWithUnreadableFront();
    AtomicInteger calls = new AtomicInteger();
    ModelReaders models = ModelReaders.using(answering("1990-04-18", calls), "claude-haiku-4-5");

    LicenceRead read =
        AamvaLicenceReader.standard(TestReaders.front(), models).read(Documents.inFolder(folder));

    assertThat(calls).hasValue(1);
    assertThat(read.front().get(FrontSide.Field.DATE_OF_BIRTH))
        .hasValueSatisfying(
            e -> {
              assertThat(e.value()).isEqualTo("1990-04-18");
              assertThat(e.source()).isEqualTo(Source.MODEL);
            });
    assertThat(read(models))
        .extracting(Reason::code)
        .doesNotContain(ReasonCode.DL_FRONT_UNREADABLE, ReasonCode.DL_FRONT_BACK_MISMATCH);
  }

  @Test
  void aModelReadingThatContradictsTheBarcodeGoesToReviewWithBothValues() throws Exception {
    writeFolderWithUnreadableFront();
    List<Reason> reasons =
        read(ModelReaders.using(answering("1985-04-18", new AtomicInteger()), "claude-haiku-4-5"));
    assertThat(reasons)
        .filteredOn(r -> r.code() == ReasonCode.DL_FRONT_BACK_MISMATCH)
        .singleElement()
        .satisfies(r -> assertThat(r.message()).contains("1985-04-18").contains("1990-04-18"));
  }

  @Test
  void withoutAVendorSaysTheStepIsOffAndSendsTheApplicationToAPerson() throws Exception {
    writeFolderWithUnreadableFront();
    List<Reason> reasons = read(ModelReaders.off("no vendor configured"));
    assertThat(reasons)
        .extracting(Reason::code)
        .contains(ReasonCode.STEP_UNAVAILABLE, ReasonCode.DL_FRONT_UNREADABLE);
  }

  @Test
  void aVendorOutageDelaysTheStepInsteadOfFailingTheApplication() throws Exception {
    writeFolderWithUnreadableFront();
    ChatModel overloaded =
        request -> {
          throw VendorException.fromStatus(
              Vendor.of("bedrock"), 529, Optional.of(Duration.ofSeconds(30)), "overloaded");
        };
    List<Reason> reasons = read(ModelReaders.using(overloaded, "claude-haiku-4-5"));
    assertThat(reasons).extracting(Reason::code).contains(ReasonCode.MODEL_STEP_DELAYED);
  }
}
