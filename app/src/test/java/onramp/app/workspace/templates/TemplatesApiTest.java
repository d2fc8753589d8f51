package onramp.app.workspace.templates;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.SerializationFeature;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import onramp.gateway.DataClass;
import onramp.workspace.Employee;
import onramp.workspace.templates.Output;
import onramp.workspace.templates.Sharing;
import onramp.workspace.templates.Template;
import onramp.workspace.templates.TemplateDraft;
import onramp.workspace.templates.TemplateException;
import onramp.workspace.templates.TemplateStore;
import onramp.workspace.templates.TemplateStoreException;
import onramp.workspace.templates.TemplateVersion;
import onramp.workspace.templates.Variable;
import onramp.workspace.templates.VariableType;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * The HTTP side of the template library, with the store mocked; the store itself is tested on
 * PostgreSQL in the workspace module (TemplateStoreIT). The signed-in employee comes from an
 * argument resolver, as the workspace's own resolver supplies it in the app.
 */
class TemplatesApiTest {
  private static final Employee ANA = new Employee("ana.support", "rider-support", false);

  private final TemplateStore store = mock(TemplateStore.class);
  private MockMvc mvc;

  private static final Template REPLY =
      new Template(
          "rider-complaint-reply",
          2,
          "Reply to a rider complaint",
          "Drafts a reply",
          "rider-support",
          Sharing.withEveryone(),
          DataClass.CUSTOMER,
          "Be kind.",
          "{{complaint}} {{tone}}",
          List.of(
              Variable.of("complaint", "The complaint", VariableType.LONG_TEXT, true),
              Variable.choice("tone", "Tone", true, List.of("Warm", "Firm"))),
          List.of(new Output("reply", "Reply"), new Output("summary", "Internal summary")),
          "onramp",
          Instant.parse("2026-03-14T10:00:00Z"),
          "Shipped with Onramp.");

  @BeforeEach
  void setUp() {
    HandlerMethodArgumentResolver signedIn =
        new HandlerMethodArgumentResolver() {
          @Override
          public boolean supportsParameter(MethodParameter parameter) {
            return parameter.getParameterType() == Employee.class;
          }

          @Override
          public Object resolveArgument(
              MethodParameter parameter,
              @Nullable ModelAndViewContainer container,
              NativeWebRequest request,
              @Nullable WebDataBinderFactory binders) {
            return ANA;
          }
        };
    mvc =
        MockMvcBuilders.standaloneSetup(new TemplatesApi(store))
            .setCustomArgumentResolvers(signedIn)
            .setMessageConverters(
                new MappingJackson2HttpMessageConverter(
                    Jackson2ObjectMapperBuilder.json()
                        .featuresToDisable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                        .build()))
            .build();
  }

  @Test
  void theListCarriesEachTemplateWithItsFormAndWhetherTheEmployeeMayEditIt() throws Exception {
    when(store.visibleTo(ANA)).thenReturn(List.of(REPLY));
    mvc.perform(get("/api/workspace/templates").param("username", "evil").param("admin", "true"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].id").value("rider-complaint-reply"))
        .andExpect(jsonPath("$[0].version").value(2))
        .andExpect(jsonPath("$[0].defaultDataClass").value("CUSTOMER"))
        .andExpect(jsonPath("$[0].sharing.everyone").value(true))
        .andExpect(jsonPath("$[0].variables[1].type").value("CHOICE"))
        .andExpect(jsonPath("$[0].variables[1].choices[1]").value("Firm"))
        .andExpect(jsonPath("$[0].outputs[1].heading").value("Internal summary"))
        .andExpect(jsonPath("$[0].createdAt").value("2026-03-14T10:00:00Z"))
        .andExpect(jsonPath("$[0].editable").value(true));
    verify(store).visibleTo(ANA); // the resolved employee, not one bound from the parameters
  }

  @Test
  void oneTemplateAtAVersionOrA404InTheWorkspaceErrorShape() throws Exception {
    when(store.get(ANA, "rider-complaint-reply", 2)).thenReturn(Optional.of(REPLY));
    when(store.mayChange(ANA, "rider-complaint-reply")).thenReturn(false);
    mvc.perform(get("/api/workspace/templates/rider-complaint-reply").param("version", "2"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.version").value(2))
        .andExpect(jsonPath("$.editable").value(false));

    when(store.get(ANA, "nope")).thenReturn(Optional.empty());
    mvc.perform(get("/api/workspace/templates/nope"))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.error.type").value("not_found"))
        .andExpect(
            jsonPath("$.error.message").value("There is no template 'nope' that you can see."));
    when(store.get(ANA, "rider-complaint-reply", 9)).thenReturn(Optional.empty());
    mvc.perform(get("/api/workspace/templates/rider-complaint-reply").param("version", "9"))
        .andExpect(status().isNotFound())
        .andExpect(
            jsonPath("$.error.message")
                .value(org.hamcrest.Matchers.containsString("has no version 9")));
  }

  @Test
  void theHistoryNewestFirst() throws Exception {
    when(store.versions(ANA, "rider-complaint-reply"))
        .thenReturn(
            List.of(
                new TemplateVersion(
                    2, "Reply", "onramp", Instant.parse("2026-03-14T10:00:00Z"), "B"),
                new TemplateVersion(
                    1, "Reply", "onramp", Instant.parse("2026-03-01T10:00:00Z"), "A")));
    mvc.perform(get("/api/workspace/templates/rider-complaint-reply/versions"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].version").value(2))
        .andExpect(jsonPath("$[1].changeNote").value("A"));
  }

  @Test
  void createSendsTheDraftAndAnswers201() throws Exception {
    ArgumentCaptor<TemplateDraft> draft = ArgumentCaptor.forClass(TemplateDraft.class);
    when(store.create(eq(ANA), eq("refund-note"), draft.capture())).thenReturn(REPLY);
    mvc.perform(
            post("/api/workspace/templates")
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"id":"refund-note","name":"Refund note","defaultDataClass":"CUSTOMER",
                     "sharing":{"teams":["finance"]},"body":"Refund {{amount}}",
                     "variables":[{"name":"amount","label":"Amount","type":"TEXT","required":true}],
                     "outputs":[{"name":"note","heading":"Note"}]}
                    """))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.editable").value(true));
    TemplateDraft sent = draft.getValue();
    org.assertj.core.api.Assertions.assertThat(sent.ownerTeam()).isNull();
    org.assertj.core.api.Assertions.assertThat(sent.sharing())
        .isEqualTo(Sharing.withTeams(List.of("finance")));
    org.assertj.core.api.Assertions.assertThat(sent.variables())
        .containsExactly(Variable.of("amount", "Amount", VariableType.TEXT, true));
    org.assertj.core.api.Assertions.assertThat(sent.description()).isEmpty();
  }

  @Test
  void anInvalidTemplateIs422WithEveryProblemNamed() throws Exception {
    when(store.create(eq(ANA), eq("t"), any()))
        .thenThrow(
            new TemplateException.Invalid(
                "Template 't' cannot be saved",
                List.of(
                    new TemplateException.Problem(
                        "body", "the body uses {{x}}, which is not a declared variable"))));
    mvc.perform(
            post("/api/workspace/templates")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"id\":\"t\",\"defaultDataClass\":\"PUBLIC\",\"body\":\"{{x}}\"}"))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.error.type").value("invalid_template"))
        .andExpect(jsonPath("$.error.problems[0].field").value("body"))
        .andExpect(
            jsonPath("$.error.message")
                .value(
                    org.hamcrest.Matchers.startsWith(
                        "Template 't' cannot be saved: the body uses {{x}}")));

    mvc.perform(
            post("/api/workspace/templates")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"No id\",\"variables\":[{\"name\":\"who\"}]}"))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.error.problems[0].field").value("id"));
    mvc.perform(
            post("/api/workspace/templates")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"id\":\"x\",\"variables\":[{\"name\":\"who\"}]}"))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.error.problems[0].field").value("variables[0].type"))
        .andExpect(
            jsonPath("$.error.problems[0].message")
                .value("variable 'who' needs a type: TEXT, LONG_TEXT, CHOICE, DATE or FILE"))
        .andExpect(jsonPath("$.error.problems[1].field").value("defaultDataClass"));
  }

  @Test
  void aNewVersionPassesTheBaseVersionAndRefusalsMapToTheirStatus() throws Exception {
    String body =
        "{\"baseVersion\":2,\"name\":\"R\",\"defaultDataClass\":\"CUSTOMER\",\"body\":\"x\","
            + "\"changeNote\":\"Shorter\"}";
    when(store.newVersion(eq(ANA), eq("rider-complaint-reply"), any(), eq(OptionalInt.of(2))))
        .thenReturn(REPLY);
    when(store.mayChange(ANA, "rider-complaint-reply")).thenReturn(true);
    mvc.perform(
            put("/api/workspace/templates/rider-complaint-reply")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.editable").value(true));

    when(store.newVersion(eq(ANA), eq("other"), any(), any()))
        .thenThrow(
            new TemplateException.NotFound("There is no template 'other' that you can see."));
    mvc.perform(
            put("/api/workspace/templates/other")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body))
        .andExpect(status().isNotFound());

    mvc.perform(
            put("/api/workspace/templates/rider-complaint-reply")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"id\":\"renamed\",\"defaultDataClass\":\"PUBLIC\"}"))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(
            jsonPath("$.error.problems[0].message")
                .value(org.hamcrest.Matchers.containsString("a template's id cannot change")));
  }

  @Test
  void forbiddenIs403AndAStaleEditIs409() throws Exception {
    Exception[] refusals = {forbidden(), conflict()};
    int[] statuses = {403, 409};
    String[] types = {"forbidden", "conflict"};
    for (int i = 0; i < refusals.length; i++) {
      when(store.newVersion(eq(ANA), eq("t" + i), any(), any())).thenThrow(refusals[i]);
      mvc.perform(
              put("/api/workspace/templates/t" + i)
                  .contentType(MediaType.APPLICATION_JSON)
                  .content("{\"defaultDataClass\":\"PUBLIC\"}"))
          .andExpect(status().is(statuses[i]))
          .andExpect(jsonPath("$.error.type").value(types[i]))
          .andExpect(jsonPath("$.error.message").value(refusals[i].getMessage()));
    }
  }

  @Test
  void aDatabaseFailureIs503WithoutTheDatabasesMessage() throws Exception {
    when(store.visibleTo(ANA))
        .thenThrow(new TemplateStoreException(new SQLException("row (secret) broke")));
    mvc.perform(get("/api/workspace/templates"))
        .andExpect(status().isServiceUnavailable())
        .andExpect(jsonPath("$.error.type").value("unavailable"))
        .andExpect(
            jsonPath("$.error.message")
                .value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("secret"))));
  }

  private static TemplateException forbidden() {
    return new TemplateException.Forbidden("Only its team may change it.");
  }

  private static TemplateException conflict() {
    return new TemplateException.Conflict("It is at version 3 now, not 2.");
  }
}
