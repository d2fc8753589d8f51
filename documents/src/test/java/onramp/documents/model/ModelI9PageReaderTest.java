package onramp.documents.model;

import static onramp.documents.i9.I9Field.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import onramp.documents.Source;
import onramp.documents.i9.Citizenship;
import onramp.documents.i9.Edition;
import onramp.documents.i9.FieldReading;
import onramp.documents.i9.I9Field;
import onramp.documents.i9.I9Form;
import onramp.documents.i9.I9Reader;
import onramp.documents.synthetic.FillOptions;
import onramp.documents.synthetic.I9Content;
import onramp.documents.synthetic.I9Filler;
import onramp.gateway.DataClass;
import onramp.gateway.Usage;
import onramp.gateway.audit.AuditRecord;
import onramp.gateway.fake.Script;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ModelI9PageReaderTest {
  private static BufferedImage page1;
  private final ModelFixture f = new ModelFixture();

  /** A synthetic employee (the SSN is in the never-issued 9xx area); nobody real. */
  static I9Content tobias() {
    return I9Content.empty()
        .with(LAST_NAME, "Whitlock")
        .with(FIRST_NAME, "Tobias")
        .with(MIDDLE_INITIAL, "E")
        .with(OTHER_LAST_NAMES, "N/A")
        .with(STREET, "88 Cedar Lane")
        .with(APT, "N/A")
        .with(CITY, "Columbus")
        .with(STATE, "OH")
        .with(ZIP, "43215")
        .with(DATE_OF_BIRTH, "11/03/1979")
        .with(SSN, "987-65-4329")
        .with(EMAIL, "t.whitlock@example.org")
        .with(PHONE, "614-555-0199")
        .checked(BOX_US_CITIZEN)
        .with(EMPLOYEE_SIGNATURE, "Tobias E Whitlock")
        .with(EMPLOYEE_SIGNED_ON, "02/02/2026")
        .with(LIST_B_TITLE, "Driver's License")
        .with(LIST_B_ISSUER, "Ohio BMV")
        .with(LIST_B_NUMBER, "RK482913")
        .with(LIST_B_EXPIRY, "11/03/2029")
        .with(LIST_C_TITLE, "Social Security Card")
        .with(LIST_C_ISSUER, "SSA")
        .with(LIST_C_NUMBER, "987654329")
        .with(LIST_C_EXPIRY, "N/A")
        .with(FIRST_DAY_OF_EMPLOYMENT, "02/03/2026")
        .with(EMPLOYER_NAME_AND_TITLE, "Okafor, Desmond, HR Lead")
        .with(EMPLOYER_SIGNATURE, "Desmond Okafor")
        .with(EMPLOYER_SIGNED_ON, "02/04/2026")
        .with(BUSINESS_NAME, "Theoretical Ride Sharing Inc")
        .with(BUSINESS_ADDRESS, "500 Market Street, San Francisco, CA 94105");
  }

  /** What a careful model transcribes from {@link #tobias()}'s page 1. */
  static Answer tobiasPage1() {
    Answer a = Answer.of();
    tobias()
        .values()
        .forEach(
            (field, value) -> {
              if (field.kind() == I9Field.Kind.CHECKBOX) {
                a.put(I9Answer.key(field), true);
              } else {
                a.put(I9Answer.key(field), value);
              }
            });
    for (I9Field field : I9Answer.fieldsOn(1)) {
      if (!tobias().values().containsKey(field)) {
        if (field.kind() == I9Field.Kind.CHECKBOX) {
          a.put(I9Answer.key(field), false);
        } else {
          a.absent(I9Answer.key(field));
        }
      }
    }
    return a.put(I9Answer.FOOTER_KEY, "Form I-9 Edition 01/20/25 Page 1 of 4");
  }

  @BeforeAll
  static void render() {
    page1 = I9Filler.renderPages(I9Filler.fill(tobias(), FillOptions.flattened()), 150).get(0);
  }

  @AfterAll
  @SuppressWarnings("NullAway") // frees the page once every test of the class has run
  static void release() {
    page1 = null;
  }

  @AfterEach
  void close() {
    f.close();
  }

  @Test
  void readsAScannedFormThroughI9ReaderWithSourceModel() {
    f.fake.enqueue(Script.output(tobiasPage1().json(), Usage.of(1600, 900)));

    I9Form form = I9Reader.with(f.i9Reader().forApplication("APP-0099")).readScan(List.of(page1));

    assertThat(form.source()).isEqualTo(Source.MODEL);
    assertThat(form.edition()).isEqualTo(new Edition("01/20/25", Edition.Basis.SCAN));
    assertThat(form.section1().name().last().text()).isEqualTo("Whitlock");
    assertThat(form.section1().name().last().evidence())
        .hasValueSatisfying(e -> assertThat(e.source()).isEqualTo(Source.MODEL));
    assertThat(form.section1().dateOfBirth().date()).contains(LocalDate.of(1979, 11, 3));
    assertThat(form.section1().ssn().last4()).contains("4329");
    assertThat(form.section1().attestation().citizenship()).contains(Citizenship.US_CITIZEN);
    assertThat(form.section2().listB())
        .hasValueSatisfying(b -> assertThat(b.number().text()).isEqualTo("RK482913"));
    assertThat(form.lowConfidence()).isEmpty();
    assertThat(f.fake.received()).as("the footer comes from page 1's answer").hasSize(1);
  }

  @Test
  void sendsThePageImageAndThePageSchemaAndAuditsItAsRestricted() throws IOException {
    f.fake.enqueue(Script.output(tobiasPage1().json(), Usage.of(1600, 900)));

    f.i9Reader().forApplication("APP-0099").read(page1, 1);

    JsonNode body = f.fake.lastReceived().json();
    JsonNode image = body.path("messages").path(0).path("content").path(0).path("source");
    BufferedImage sent =
        ImageIO.read(
            new ByteArrayInputStream(Base64.getDecoder().decode(image.path("data").asText())));
    assertThat(image.path("media_type").asText()).isIn("image/png", "image/jpeg");
    assertThat((long) sent.getWidth() * sent.getHeight())
        .isLessThanOrEqualTo(ImagePayload.MAX_PIXELS);
    assertThat(Math.max(sent.getWidth(), sent.getHeight()))
        .isLessThanOrEqualTo(ImagePayload.MAX_LONG_SIDE);
    assertThat(body.path("tools").path(0).path("name").asText()).isEqualTo("i9_page_1");
    assertThat(names(body.path("tools").path(0).path("input_schema").path("properties")))
        .contains(
            "lastName",
            "dateOfBirth",
            "ssn",
            "boxUsCitizen",
            "listBTitle",
            "listCNumber",
            "firstDayOfEmployment",
            "businessAddress",
            "formFooter")
        .doesNotContain("supaLastName", "reverification1RehireDate");
    assertThat(
            body.path("tools")
                .path(0)
                .path("input_schema")
                .path("properties")
                .path("boxUsCitizen")
                .path("properties")
                .path("value")
                .path("type")
                .toString())
        .isEqualTo("[\"boolean\",\"null\"]");
    ((com.fasterxml.jackson.databind.node.ObjectNode) image).remove("data");
    assertThat(body.toString())
        .as("the request without its image")
        .doesNotContain("Whitlock", "987", "APP-0099");
    AuditRecord record = f.audit.latest(1).get(0);
    assertThat(record.caller().tool()).isEqualTo("i9-page-reader");
    assertThat(record.caller().user()).isEqualTo("APP-0099");
    assertThat(record.caller().dataClass()).isEqualTo(DataClass.RESTRICTED);
    assertThat(record.prompt()).isEmpty();
  }

  @Test
  void keepsWhatWasWrittenButDropsValuesOfTheWrongShape() {
    f.fake.enqueue(
        Script.output(
            tobiasPage1()
                .put("dateOfBirth", "13/45/2026")
                .put("employeeSignedOn", "yesterday")
                .put("ssn", "98765432X")
                .put("state", "Ohio")
                .put("zip", "4321")
                .put("middleInitial", "ED")
                .illegible("listBNumber", "RK48291?")
                .extra("nationality", "US")
                .json(),
            Usage.of(1, 1)));

    Map<I9Field, FieldReading> read = f.i9Reader().read(page1, 1);

    assertThat(field(read, DATE_OF_BIRTH).text())
        .as("a legible mistake on the form is evidence")
        .isEqualTo("13/45/2026");
    assertThat(read)
        .doesNotContainKeys(EMPLOYEE_SIGNED_ON, SSN, STATE, ZIP, MIDDLE_INITIAL, LIST_B_NUMBER);
    assertThat(read.get(LAST_NAME)).isEqualTo(new FieldReading("Whitlock", I9Answer.CONFIDENCE));
    assertThat(field(read, BOX_US_CITIZEN).isChecked()).isTrue();
    assertThat(field(read, BOX_AUTHORIZED_ALIEN).isChecked()).isFalse();
    assertThat(field(read, APT).text()).isEqualTo("N/A");
    assertThat(read).doesNotContainKey(LIST_A_1_TITLE);
  }

  @Test
  void thePageOfDocumentListsCostsNoCall() {
    assertThat(f.i9Reader().read(page1, 2)).isEmpty();
    assertThat(f.fake.received()).isEmpty();
  }

  @Test
  void anOverloadedVendorSurfacesAsTryLaterThroughTheI9Reader() {
    f.fake.enqueue(Script.overloaded(), Script.overloaded(), Script.overloaded());

    ModelTryLaterException e =
        catchThrowableOfType(
            ModelTryLaterException.class,
            () -> I9Reader.with(f.i9Reader()).readScan(List.of(page1)));

    assertThat(e.code()).isEqualTo("VENDOR_OVERLOADED");
    assertThat(f.fake.received()).hasSize(3);
  }

  @Test
  void theFooterOfAPageNotYetReadTakesOneCall() {
    f.fake.enqueue(Script.output(tobiasPage1().json(), Usage.of(1, 1)));
    ModelI9PageReader reader = f.i9Reader();

    assertThat(reader.footer(page1)).isEqualTo("Form I-9 Edition 01/20/25 Page 1 of 4");
    assertThat(reader.footer(page1)).isEqualTo("Form I-9 Edition 01/20/25 Page 1 of 4");
    assertThat(f.fake.received()).hasSize(1);
  }

  private static List<String> names(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }

  /** The field's reading, which the test expects the page reader to have made. */
  private static FieldReading field(Map<I9Field, FieldReading> read, I9Field field) {
    return java.util.Objects.requireNonNull(read.get(field), field.name());
  }
}
