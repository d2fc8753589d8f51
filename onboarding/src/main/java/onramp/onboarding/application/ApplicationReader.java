package onramp.onboarding.application;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads {@code application.json}. Unknown keys are ignored; every missing or malformed required key
 * is collected so the applicant can fix them all at once.
 */
public final class ApplicationReader {
  /** 1 MB: a signup form is a few hundred bytes. */
  private static final long MAX_BYTES = 1024 * 1024;

  /**
   * A signup form nests two levels ({@code address}); anything deeper than this is not one, and a
   * nesting bomb is refused by the parser before it builds a tree.
   */
  static final int MAX_NESTING = 16;

  private static final ObjectMapper JSON =
      new ObjectMapper(
          JsonFactory.builder()
              .streamReadConstraints(
                  StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build())
              .build());

  private ApplicationReader() {}

  public static Application read(Path folder) {
    Path file = folder.resolve("application.json");
    try {
      if (Files.size(file) > MAX_BYTES) {
        throw new InvalidApplicationException(
            List.of("larger than 1 MB; it should hold only the signup fields"));
      }
      return parse(Files.readString(file));
    } catch (NoSuchFileException e) {
      throw new InvalidApplicationException(List.of("missing: every application folder needs one"));
    } catch (IOException e) {
      throw new InvalidApplicationException(List.of("cannot be read: " + e.getMessage()));
    }
  }

  public static Application parse(String json) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (StreamConstraintsException e) {
      // Jackson gives no location for a limit it enforces; its message names its own classes.
      throw new InvalidApplicationException(
          List.of(
              "nested more than "
                  + MAX_NESTING
                  + " levels deep; it should hold only the signup fields"));
    } catch (JsonProcessingException e) {
      // Jackson's own message quotes the offending input, which may be personal data or a
      // library's words: only where the JSON breaks is told.
      @Nullable JsonLocation at = e.getLocation();
      throw new InvalidApplicationException(
          List.of(
              "not valid JSON"
                  + (at == null || at.getLineNr() < 1
                      ? ""
                      : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")")
                  + "; save the signup data again as a JSON object"));
    }
    return check(root);
  }

  /**
   * The signup fields as a service keeps them once parsed ({@code "firstName"} → text, {@code
   * "address"} → its fields…), checked exactly as {@link #parse} checks {@code application.json}.
   */
  public static Application fromFields(Map<String, ?> fields) {
    return check(JSON.valueToTree(fields));
  }

  private static Application check(@Nullable JsonNode root) {
    if (root == null || !root.isObject()) {
      throw new InvalidApplicationException(List.of("must be a JSON object"));
    }
    Fields f = new Fields(root);
    JsonNode addr = root.path("address");
    Fields a = new Fields(addr, "address.");
    Application app =
        new Application(
            f.required("firstName"),
            f.optional("middleName"),
            f.required("lastName"),
            f.date("dateOfBirth"),
            f.optional("email"),
            f.optional("phone"),
            new Application.Address(
                a.required("street"),
                a.required("city"),
                a.required("state").toUpperCase(Locale.ROOT),
                a.required("postalCode")),
            f.required("licenseState").toUpperCase(Locale.ROOT),
            f.required("licenseNumber"),
            f.vehicleClass("vehicleClass"),
            f.date("firstDayOfEmployment"),
            f.instant("submittedAt"));
    if (!f.problems.isEmpty() || !a.problems.isEmpty()) {
      List<String> all = new ArrayList<>(f.problems);
      all.addAll(a.problems);
      throw new InvalidApplicationException(all);
    }
    return app;
  }

  /** Reads fields of one JSON object, collecting problems instead of failing on the first. */
  private static final class Fields {
    private final JsonNode node;
    private final String prefix;
    final List<String> problems = new ArrayList<>();

    Fields(JsonNode node) {
      this(node, "");
    }

    Fields(JsonNode node, String prefix) {
      this.node = node;
      this.prefix = prefix;
    }

    String required(String key) {
      JsonNode v = node.path(key);
      if (!v.isTextual() || v.asText().isBlank()) {
        problems.add(
            prefix
                + key
                + " is required"
                + (v.isMissingNode() || v.isNull() ? "" : " and must be text"));
        return "";
      }
      return v.asText().strip();
    }

    Optional<String> optional(String key) {
      JsonNode v = node.path(key);
      return v.isTextual() && !v.asText().isBlank()
          ? Optional.of(v.asText().strip())
          : Optional.empty();
    }

    LocalDate date(String key) {
      String text = required(key);
      if (text.isEmpty()) {
        return LocalDate.EPOCH;
      }
      try {
        return LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        problems.add(prefix + key + " must be a date as YYYY-MM-DD, was \"" + text + "\"");
        return LocalDate.EPOCH;
      }
    }

    Optional<Instant> instant(String key) {
      Optional<String> text = optional(key);
      try {
        return text.map(Instant::parse);
      } catch (DateTimeParseException e) {
        problems.add(prefix + key + " must be an ISO-8601 instant such as 2026-11-27T10:15:30Z");
        return Optional.empty();
      }
    }

    VehicleClass vehicleClass(String key) {
      String text = required(key);
      try {
        return text.isEmpty()
            ? VehicleClass.VAN
            : VehicleClass.valueOf(text.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        problems.add(prefix + key + " must be VAN, MINIBUS or BUS, was \"" + text + "\"");
        return VehicleClass.VAN;
      }
    }
  }
}
