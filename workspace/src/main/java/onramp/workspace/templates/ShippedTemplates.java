package onramp.workspace.templates;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import onramp.gateway.DataClass;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The templates Onramp ships, one YAML file each under {@value #DIRECTORY}, seeded into the store
 * at start: a template not yet there becomes version 1; a shipped file whose content changed since
 * it was last seeded becomes a new version, authored {@value #AUTHOR}; an unchanged one is left
 * alone, so seeding is idempotent and several instances may start at once.
 *
 * <p>A variable may take its choices from data shipped beside the templates: {@code choicesFrom:
 * languages} is the languages of the cities the company operates in ({@link Cities}).
 */
public final class ShippedTemplates {
  public static final String DIRECTORY = "onramp/workspace/templates/";
  public static final String AUTHOR = "onramp";

  /** The shipped files, in the order the library lists them when names tie. */
  static final List<String> FILES =
      List.of(
          "rider-complaint-reply.yaml",
          "extract-to-table.yaml",
          "summarise-meeting-note.yaml",
          "rewrite-for-clarity.yaml",
          "translate.yaml");

  private static final Logger log = LoggerFactory.getLogger(ShippedTemplates.class);
  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory())
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private ShippedTemplates() {}

  /** One shipped template, ready to seed. */
  public record Shipped(String file, String id, TemplateDraft draft) {}

  /** What one seeding did. */
  public record SeedReport(
      List<String> created, List<String> newVersions, List<String> unchanged, List<String> taken) {}

  /** Every shipped template, read and checked; a broken file is an error naming it. */
  public static List<Shipped> load() {
    List<String> languages = Cities.languageNames(Cities.load());
    List<Shipped> shipped = new ArrayList<>();
    for (String file : FILES) {
      shipped.add(load(DIRECTORY + file, () -> open(DIRECTORY + file), languages));
    }
    return shipped;
  }

  /** Seeds every shipped template into the store (idempotent). */
  public static SeedReport seed(TemplateStore store) {
    return seed(store, load());
  }

  static SeedReport seed(TemplateStore store, List<Shipped> shipped) {
    List<String> created = new ArrayList<>();
    List<String> updated = new ArrayList<>();
    List<String> unchanged = new ArrayList<>();
    List<String> taken = new ArrayList<>();
    for (Shipped s : shipped) {
      switch (store.seed(s.id(), s.draft(), AUTHOR)) {
        case CREATED -> created.add(s.id());
        case NEW_VERSION -> updated.add(s.id());
        case UNCHANGED -> unchanged.add(s.id());
        case TAKEN -> {
          taken.add(s.id());
          log.warn(
              "Shipped template {} not seeded: a template with that id was created by an employee",
              s.id());
        }
      }
    }
    log.info(
        "Shipped templates: {} created, {} new versions, {} unchanged",
        created.size(),
        updated.size(),
        unchanged.size());
    return new SeedReport(created, updated, unchanged, taken);
  }

  // --- the YAML form ---

  record ShippedVariable(
      @Nullable String name,
      @Nullable String label,
      @Nullable VariableType type,
      @Nullable Boolean required,
      @Nullable List<String> choices,
      @Nullable String choicesFrom,
      @Nullable String help) {}

  record ShippedFile(
      @Nullable String id,
      @Nullable String name,
      @Nullable String description,
      @Nullable String ownerTeam,
      @Nullable Sharing sharing,
      @Nullable DataClass defaultDataClass,
      @Nullable String system,
      @Nullable String body,
      @Nullable List<ShippedVariable> variables,
      @Nullable List<Output> outputs,
      @Nullable String changeNote) {}

  interface Source {
    InputStream open() throws IOException;
  }

  static Shipped load(String file, Source source, List<String> languages) {
    ShippedFile f;
    try (InputStream in = source.open()) {
      f = YAML.readValue(in, ShippedFile.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(file + ": " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new IllegalStateException(file + " cannot be read", e);
    }
    String id = required(file, "id", f.id());
    List<Variable> variables = new ArrayList<>();
    List<ShippedVariable> declared = f.variables() == null ? List.of() : f.variables();
    for (int i = 0; i < declared.size(); i++) {
      variables.add(variable(file + " variables[" + i + "]", declared.get(i), languages));
    }
    TemplateDraft draft =
        new TemplateDraft(
            required(file, "name", f.name()),
            f.description() == null ? "" : f.description().strip(),
            required(file, "ownerTeam", f.ownerTeam()),
            required(file, "sharing", f.sharing()),
            required(file, "defaultDataClass", f.defaultDataClass()),
            f.system() == null ? "" : f.system().strip(),
            required(file, "body", f.body()).strip(),
            variables,
            f.outputs() == null ? List.of() : f.outputs(),
            f.changeNote() == null ? "Shipped with Onramp." : f.changeNote().strip());
    List<TemplateException.Problem> problems = TemplateRules.problems(id, draft);
    if (!problems.isEmpty()) {
      throw new IllegalStateException(
          file
              + ": "
              + String.join(
                  "; ", problems.stream().map(p -> p.field() + ": " + p.message()).toList()));
    }
    return new Shipped(file, id, draft);
  }

  private static Variable variable(String where, ShippedVariable v, List<String> languages) {
    VariableType type = required(where, "type", v.type());
    List<String> choices = v.choices() == null ? List.of() : v.choices();
    if (v.choicesFrom() != null) {
      if (!v.choicesFrom().equals("languages")) {
        throw new IllegalStateException(
            where + ": choicesFrom '" + v.choicesFrom() + "' is not known; use 'languages'");
      }
      if (!choices.isEmpty()) {
        throw new IllegalStateException(where + ": give choices or choicesFrom, not both");
      }
      choices = languages;
    }
    return new Variable(
        required(where, "name", v.name()),
        required(where, "label", v.label()),
        type,
        v.required() != null && v.required(),
        choices,
        v.help() == null ? "" : v.help().strip());
  }

  private static <T> T required(String where, String field, @Nullable T value) {
    if (value == null || (value instanceof String s && s.isBlank())) {
      throw new IllegalStateException(where + ": " + field + " is missing");
    }
    return value;
  }

  private static InputStream open(String resource) throws IOException {
    InputStream in = ShippedTemplates.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IOException(resource + " is missing from the class path");
    }
    return in;
  }

  static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }
}
