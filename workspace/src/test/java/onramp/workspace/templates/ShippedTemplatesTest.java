package onramp.workspace.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import onramp.gateway.DataClass;
import org.junit.jupiter.api.Test;

class ShippedTemplatesTest {
  private final List<ShippedTemplates.Shipped> shipped = ShippedTemplates.load();

  @Test
  void everyYamlFileInTheDirectoryIsShipped() {
    // the directory beside the city table (test classes of this package have a directory too)
    URL cities = Objects.requireNonNull(getClass().getClassLoader().getResource(Cities.RESOURCE));
    String[] yaml =
        new File(cities.getPath()).getParentFile().list((d, name) -> name.endsWith(".yaml"));
    assertThat(Arrays.asList(Objects.requireNonNull(yaml)))
        .containsExactlyInAnyOrderElementsOf(ShippedTemplates.FILES);
  }

  @Test
  void theFiveTemplatesOfTheIssueShip() {
    assertThat(shipped)
        .extracting(ShippedTemplates.Shipped::id)
        .containsExactly(
            "rider-complaint-reply",
            "extract-to-table",
            "summarise-meeting-note",
            "rewrite-for-clarity",
            "translate");
    assertThat(shipped).allSatisfy(s -> assertThat(s.draft().sharing().everyone()).isTrue());
  }

  @Test
  void theComplaintReplyIsCustomerDataAndAnswersWithAReplyAndASummary() {
    Template t = template("rider-complaint-reply");
    assertThat(t.defaultDataClass()).isEqualTo(DataClass.CUSTOMER);
    assertThat(t.outputs())
        .containsExactly(new Output("reply", "Reply"), new Output("summary", "Internal summary"));
    assertThat(t.variables())
        .extracting(Variable::name)
        .containsExactly("complaint", "tripFacts", "tone", "offer");

    Rendered r =
        TemplateRenderer.render(
            t,
            Map.of(
                "complaint", "The van came 25 minutes late and I missed my train.",
                "tripFacts", "Trip T-1042, 2026-03-14, pickup scheduled 07:40, arrived 08:05.",
                "tone", "Warm and apologetic"));
    assertThat(r.system()).contains("Use only the facts given");
    assertThat(r.text())
        .contains("Tone: Warm and apologetic.")
        .contains("The van came 25 minutes late")
        .contains("Trip T-1042")
        .contains("## Reply")
        .contains("## Internal summary")
        .doesNotContain("What we can offer")
        .doesNotContain("{{");
  }

  @Test
  void everyShippedTemplateRendersWithValuesForEachVariable() {
    for (ShippedTemplates.Shipped s : shipped) {
      Template t = Template.of(s.id(), 1, s.draft(), "onramp", Instant.EPOCH);
      Map<String, String> values = new HashMap<>();
      for (Variable v : t.variables()) {
        values.put(
            v.name(),
            switch (v.type()) {
              case CHOICE -> v.choices().get(0);
              case DATE -> "2026-03-14";
              default -> "value of " + v.name();
            });
      }
      Rendered r = TemplateRenderer.render(t, values);
      for (Variable v : t.variables()) {
        assertThat(r.system() + r.text())
            .as(s.id() + " uses " + v.name())
            .contains(values.get(v.name()));
      }
      assertThat(r.text()).as(s.id()).doesNotContain("{{").doesNotContain("}}");
      for (Output o : t.outputs()) {
        assertThat(r.text()).as(s.id() + " asks for " + o.heading()).contains("## " + o.heading());
      }
    }
  }

  @Test
  void aBrokenShippedFileIsAnErrorNamingIt() {
    assertThatThrownBy(() -> load("id: x\nname: X\nunknownKey: 1\n"))
        .hasMessageStartingWith("bad.yaml: Unrecognized field \"unknownKey\"");
    assertThatThrownBy(() -> load("id: x\nname: X\n")).hasMessage("bad.yaml: ownerTeam is missing");
    assertThatThrownBy(
            () ->
                load(
                    "id: x\nname: X\nownerTeam: t\nsharing: {everyone: true}\n"
                        + "defaultDataClass: PUBLIC\nbody: 'Hi {{who}}'\n"))
        .hasMessageContaining("bad.yaml: body: the body uses {{who}}, which is not a declared");
    assertThatThrownBy(
            () ->
                load(
                    "id: x\nname: X\nownerTeam: t\nsharing: {everyone: true}\n"
                        + "defaultDataClass: PUBLIC\nbody: 'Hi {{lang}}'\n"
                        + "variables: [{name: lang, label: L, type: CHOICE, choicesFrom: planets}]\n"))
        .hasMessage("bad.yaml variables[0]: choicesFrom 'planets' is not known; use 'languages'");
  }

  private static ShippedTemplates.Shipped load(String yaml) {
    return ShippedTemplates.load(
        "bad.yaml",
        () -> new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)),
        List.of("English"));
  }

  private Template template(String id) {
    ShippedTemplates.Shipped s =
        shipped.stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
    return Template.of(s.id(), 1, s.draft(), "onramp", Instant.EPOCH);
  }
}
