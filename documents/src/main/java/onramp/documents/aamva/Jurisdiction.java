package onramp.documents.aamva;

import java.util.Objects;

/**
 * A licence-issuing jurisdiction: a US state or territory, a Canadian province, a Mexican state.
 *
 * @param code the postal abbreviation, e.g. {@code VA}; empty for the US State Department
 * @param name e.g. {@code Virginia}
 */
public record Jurisdiction(String code, String name, Country country) {
  public Jurisdiction {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(country, "country");
  }
}
