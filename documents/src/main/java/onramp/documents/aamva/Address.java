package onramp.documents.aamva;

import java.util.Objects;
import java.util.Optional;

/**
 * The cardholder's address (DAG, DAH, DAI, DAJ, DAK, DCG).
 *
 * @param postalCode a US ZIP ({@code 12345}) or ZIP+4 ({@code 12345-6789}), a Canadian postal code
 *     ({@code A1B 2C3}), or the trimmed raw value when it is neither
 */
public record Address(
    String street,
    Optional<String> street2,
    String city,
    String state,
    String postalCode,
    Country country) {
  public Address {
    Objects.requireNonNull(street, "street");
    Objects.requireNonNull(street2, "street2");
    Objects.requireNonNull(city, "city");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(postalCode, "postalCode");
    Objects.requireNonNull(country, "country");
  }
}
