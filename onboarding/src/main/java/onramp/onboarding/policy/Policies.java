package onramp.onboarding.policy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The policies in force, one per jurisdiction family; a new jurisdiction is a new JSON file. */
public final class Policies {
  private static final List<String> BUILT_IN = List.of("us", "ca");
  private static final ObjectMapper JSON =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

  private final List<Policy> policies;

  private Policies(List<Policy> policies) {
    this.policies = List.copyOf(policies);
  }

  public static Policies of(Policy... policies) {
    return new Policies(List.of(policies));
  }

  /** The policies shipped in {@code onramp/onboarding/policy/*.json}. */
  public static Policies builtIn() {
    return new Policies(BUILT_IN.stream().map(Policies::load).toList());
  }

  /** The policy governing licences of a jurisdiction (state or province code). */
  public Optional<Policy> forJurisdiction(String code) {
    String c = code.toUpperCase(Locale.ROOT);
    return policies.stream().filter(p -> p.jurisdictions().contains(c)).findFirst();
  }

  private static Policy load(String id) {
    String resource = "/onramp/onboarding/policy/" + id + ".json";
    try (InputStream in = Policies.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("policy file " + resource + " is missing from the build");
      }
      return JSON.readValue(in, Policy.class);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "policy file " + resource + " is not valid: " + e.getMessage(), e);
    }
  }
}
